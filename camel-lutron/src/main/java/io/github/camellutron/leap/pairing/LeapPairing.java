package io.github.camellutron.leap.pairing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camellutron.client.PemReader;
import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapBodies;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapPing;
import io.github.camellutron.leap.protocol.LeapProject;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.SystemFamily;

/**
 * Pairs with a Lutron bridge over LAP (LEAP.md 4): makes an RSA-2048 key and a CSR, connects to port 8083 with the
 * public LAP client identity, waits for the pairing button, has the bridge sign the CSR and checks the new
 * certificate with a LEAP ping on port 8081. RadioRA 3 and HomeWorks QSX processors, whose pairing port chains to
 * {@code lutron-root} rather than to the LAP CA, are retried with that root, as pylutron-caseta does.
 *
 * <p>
 * The LAP identity and both trust anchors can be replaced, because no test can hold the private keys of the real
 * ones: a test pairs against the bridge simulator by giving the simulator's CA as an anchor. A {@code LeapPairing} is
 * immutable and may pair any number of times; each {@link #pair()} makes a new key.
 *
 * <pre>{@code
 * PairingResult result = LeapPairing.builder("192.168.1.30").name("home").build().pair();
 * result.writePem(Path.of("/etc/lutron"));   // home.key, home.crt, home-bridge.crt
 * }</pre>
 */
public final class LeapPairing {

    public static final int DEFAULT_PORT = 8083;
    public static final int DEFAULT_LEAP_PORT = 8081;
    public static final String DEFAULT_NAME = "camel-lutron";
    public static final Duration DEFAULT_BUTTON_TIMEOUT = Duration.ofMinutes(3);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    /** What to press on a Caseta Smart Bridge, an RA2 Select or a RadioRA 3 processor. */
    public static final String BUTTON = "the small black button on the back of the bridge";
    /** What to press on a HomeWorks QSX processor. */
    public static final String QSX_BUTTON = "the small tan button on the front of the processor";

    private static final Logger LOG = LoggerFactory.getLogger(LeapPairing.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final char[] NO_PASSWORD = new char[0];
    private static final String CSR_TAG = "get-cert";
    private static final String PING_TAG = "camel-lutron-ping";
    private static final String PROJECT_TAG = "camel-lutron-project";
    /** The device UID every LAP client sends (LEAP.md 4 step 6). */
    private static final String DEVICE_UID = "000000000000";
    private static final Duration TICK = Duration.ofSeconds(1);

    private final String host;
    private final int port;
    private final int leapPort;
    private final String name;
    private final Duration buttonTimeout;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final PairingListener listener;
    private final PrivateKey lapKey;
    private final X509Certificate lapCertificate;
    private final List<X509Certificate> lapAnchors;
    private final X509Certificate processorRoot;

    private LeapPairing(Builder b) {
        host = b.host;
        port = b.port;
        leapPort = b.leapPort;
        name = b.name;
        buttonTimeout = b.buttonTimeout;
        connectTimeout = b.connectTimeout;
        responseTimeout = b.responseTimeout;
        listener = b.listener;
        lapKey = b.lapKey != null ? b.lapKey : LapAssets.lapKey();
        lapCertificate = b.lapCertificate != null ? b.lapCertificate : LapAssets.lapCertificate();
        lapAnchors = b.lapAnchors != null ? b.lapAnchors : List.of(LapAssets.lapCa());
        processorRoot = b.processorRoot != null ? b.processorRoot : LapAssets.lutronRootCa();
    }

    /**
     * Whether a name fits {@link Builder#name(String)}: 1-64 letters, digits, '.', '_' or '-', starting with a letter
     * or digit.
     */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** A builder for pairing with the bridge at this host name or address. */
    public static Builder builder(String host) {
        return new Builder(host);
    }

    /** The bridge's host name or address. */
    public String host() {
        return host;
    }

    /** The LAP pairing port. */
    public int port() {
        return port;
    }

    /** The LEAP port the new certificate is checked on. */
    public int leapPort() {
        return leapPort;
    }

    /** The certificate's CN and the files' base name. */
    public String name() {
        return name;
    }

    /** How long pairing waits for the button. */
    public Duration buttonTimeout() {
        return buttonTimeout;
    }

    /**
     * Pairs: blocks until the bridge signed and the ping answered, which takes as long as the person takes to press the
     * button. Progress goes to the listener. An interrupt ends the wait for the button within a second.
     *
     * @throws ButtonTimeoutException           when nobody pressed the button in time
     * @throws PairingRefusedException          when the bridge answers the CSR with an error such as 401
     * @throws LapCertificateRejectedException  when the bridge refuses the LAP client certificate
     * @throws BridgeCertificateException       when the bridge's certificate chains to no trust anchor
     * @throws PairingVerificationException     when the new certificate does not work on the LEAP port
     * @throws PairingException                 when the bridge cannot be reached or breaks the exchange
     */
    public PairingResult pair() {
        KeyPair keys = Pem.rsaKeys();
        String csr = Pem.csr(keys, name);
        String address = host + ":" + port;
        LOG.debug("Pairing with {} as {}", address, name);
        PairingTrust trust = PairingTrust.LAP_CA;
        LapConnection connection;
        try {
            connection = connect(lapAnchors);
        } catch (UntrustedBridge first) {
            LOG.debug("The certificate of {} does not chain to the LAP CA ({}); retrying with the processor root",
                    address, first.getCause().getMessage());
            trust = PairingTrust.PROCESSOR_ROOT;
            List<X509Certificate> anchors = new ArrayList<>(lapAnchors);
            anchors.add(processorRoot);
            try {
                connection = connect(anchors);
            } catch (UntrustedBridge second) {
                throw new BridgeCertificateException(address, second.getCause());
            }
        }
        X509Certificate[] signed;
        try (LapConnection c = connection) {
            listener.connected(trust);
            awaitButton(c);
            c.send(csrRequest(csr));
            listener.csrSent();
            signed = awaitSignature(c, keys);
        } catch (IOException e) {
            throw new PairingException("The pairing connection to " + address + " failed: " + e.getMessage(), e);
        }
        listener.certificateReceived(signed[0]);
        // as pylutron does, keep lutron-root rather than the root an RA3 / QSX processor returns (LEAP.md 4 step 8)
        X509Certificate bridgeCa = trust == PairingTrust.LAP_CA ? signed[1] : processorRoot;
        Verification verification = verify(keys.getPrivate(), signed[0], bridgeCa);
        listener.verified(verification.leapVersion());
        LOG.debug("Paired with {} as {}: LEAP {}, {}", host, name, verification.leapVersion(),
                verification.family());
        return new PairingResult(name, keys.getPrivate(), signed[0], bridgeCa, verification.leapVersion(),
                verification.family(), trust);
    }

    private LapConnection connect(List<X509Certificate> anchors) throws UntrustedBridge {
        String address = host + ":" + port;
        try {
            return LapConnection.open(host, port, context(lapKey, lapCertificate, anchors), connectTimeout);
        } catch (SSLException e) {
            if (causedBy(e, CertificateException.class)) {
                throw new UntrustedBridge(e);
            }
            if (isCertificateAlert(e)) {
                throw new LapCertificateRejectedException(address, e);
            }
            throw new PairingException("The TLS handshake with " + address + " failed (" + e.getMessage()
                                       + "): check that this is the pairing port of a Lutron bridge", e);
        } catch (IOException e) {
            throw new PairingException("Cannot connect to " + address + " (" + e + "): check the address, and that"
                                       + " the bridge is powered and on this network", e);
        }
    }

    /** Reads until a status grants {@code PhysicalAccess}, telling the listener the time left every second. */
    private void awaitButton(LapConnection c) throws IOException {
        long start = System.nanoTime();
        long timeout = buttonTimeout.toNanos();
        long tick = TICK.toNanos();
        long ticks = 0;
        listener.waitingForButton(buttonTimeout);
        while (true) {
            long elapsed = System.nanoTime() - start;
            if (elapsed >= timeout) {
                throw new ButtonTimeoutException(host, buttonTimeout);
            }
            long wait = Math.min((ticks + 1) * tick, timeout) - elapsed;
            LeapMessage m = c.next(Duration.ofNanos(Math.max(wait, 1)));
            if (m != null) {
                if (hasPhysicalAccess(m)) {
                    listener.buttonPressed();
                    return;
                }
                LOG.debug("Waiting for the button, received {}", m);
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new PairingException("Pairing with " + host + " was interrupted while waiting for the button");
            }
            elapsed = System.nanoTime() - start;
            if (elapsed >= (ticks + 1) * tick && elapsed < timeout) {
                ticks = elapsed / tick;
                listener.waitingForButton(buttonTimeout.minus(TICK.multipliedBy(ticks)));
            }
        }
    }

    private static boolean hasPhysicalAccess(LeapMessage m) {
        String contentType = m.header().contentType();
        if (contentType == null || !contentType.startsWith("status") || m.body() == null) {
            return false;
        }
        for (JsonNode permission : m.body().path("Status").path("Permissions")) {
            if ("PhysicalAccess".equals(permission.asText())) {
                return true;
            }
        }
        return false;
    }

    private String csrRequest(String csr) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("Header").put("RequestType", "Execute").put("Url", "/pair").put("ClientTag", CSR_TAG);
        ObjectNode body = request.putObject("Body");
        body.put("CommandType", "CSR");
        body.putObject("Parameters").put("CSR", csr).put("DisplayName", name).put("DeviceUID", DEVICE_UID)
                .put("Role", "Admin");
        return request.toString();
    }

    /** The signed certificate and the signing result's root, from the answer to the CSR. */
    private X509Certificate[] awaitSignature(LapConnection c, KeyPair keys) throws IOException {
        LeapMessage answer = c.nextTagged(CSR_TAG, responseTimeout);
        if (answer == null) {
            throw new PairingException("The bridge " + host + " did not answer the certificate request within "
                                       + describe(responseTimeout) + ": pair again");
        }
        if (answer.isError()) {
            String status = answer.status() == null ? "no status" : answer.status().toString();
            throw new PairingRefusedException(host, status, LeapBodies.errorMessage(answer.body()));
        }
        JsonNode result = answer.body() == null ? null : answer.body().get("SigningResult");
        String certificate = result == null ? null : result.path("Certificate").asText(null);
        String root = result == null ? null : result.path("RootCertificate").asText(null);
        if (certificate == null || root == null) {
            throw new PairingException("The bridge " + host + " answered the certificate request without a"
                                       + " certificate and root (" + answer + ")");
        }
        X509Certificate signed;
        X509Certificate rootCa;
        try {
            signed = PemReader.certificate(certificate, "certificate the bridge signed");
            rootCa = PemReader.certificate(root, "root certificate the bridge sent");
        } catch (IllegalArgumentException e) {
            throw new PairingException("The bridge " + host + " sent an unreadable certificate: " + e.getMessage(), e);
        }
        if (!signed.getPublicKey().equals(keys.getPublic())) {
            throw new PairingException("The bridge " + host + " sent a certificate for another key than the one"
                                       + " requested: pair again");
        }
        return new X509Certificate[] { signed, rootCa };
    }

    /** A LEAP ping with the new identity, then {@code /project} for the system hint. */
    private Verification verify(PrivateKey key, X509Certificate certificate, X509Certificate bridgeCa) {
        String address = host + ":" + leapPort;
        try (LapConnection c = LapConnection.open(host, leapPort, context(key, certificate, List.of(bridgeCa)),
                connectTimeout)) {
            c.send(LeapRequests.ping().withClientTag(PING_TAG).toJson());
            LeapMessage pong = c.nextTagged(PING_TAG, responseTimeout);
            if (pong == null) {
                throw new PairingVerificationException(address, "no answer to a ping within "
                                                                 + describe(responseTimeout), null);
            }
            LeapPing ping = pong.isError() || pong.body() == null ? null
                    : LeapPing.from(pong.body().get("PingResponse"));
            if (ping == null) {
                throw new PairingVerificationException(address, "the ping was answered " + pong + " without a LEAP"
                                                                 + " version", null);
            }
            return new Verification(ping.leapVersion(), family(c));
        } catch (SSLException e) {
            throw new PairingVerificationException(address, "the TLS handshake failed (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new PairingVerificationException(address, e.toString(), e);
        }
    }

    private SystemFamily family(LapConnection c) throws IOException {
        c.send(LeapMessage.request(CommuniqueType.ReadRequest, "/project", null).withClientTag(PROJECT_TAG).toJson());
        LeapMessage project = c.nextTagged(PROJECT_TAG, responseTimeout);
        if (project == null || project.isError() || project.body() == null) {
            LOG.debug("No /project from {}: {}", host, project);
            return SystemFamily.UNKNOWN;
        }
        return LeapProject.from(project.body().get("Project")).family();
    }

    private static SSLContext context(PrivateKey key, X509Certificate certificate,
                                      Collection<X509Certificate> anchors) {
        try {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("client", key, NO_PASSWORD, new X509Certificate[] { certificate });
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(identity, NO_PASSWORD);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (X509Certificate anchor : anchors) {
                trust.setCertificateEntry("anchor-" + i++, anchor);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLSv1.2");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS for pairing: " + e.getMessage(), e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A TLS alert from the bridge that says it did not accept our certificate. */
    private static boolean isCertificateAlert(SSLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("received fatal alert") && (message.contains("certificate")
                || message.contains("unknown_ca") || message.contains("access_denied"));
    }

    /** A duration as a person reads it: "3 minutes", "1 second", "90 seconds", "500 ms". */
    static String describe(Duration d) {
        long seconds = d.getSeconds();
        if (d.getNano() != 0 || seconds == 0) {
            return d.toMillis() + " ms";
        }
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    private record Verification(double leapVersion, SystemFamily family) {
    }

    /** The handshake failed because the bridge's certificate chains to none of the anchors offered. */
    private static final class UntrustedBridge extends Exception {

        private static final long serialVersionUID = 1L;

        UntrustedBridge(SSLException cause) {
            super(cause);
        }
    }

    /** Settings of a pairing; every one has a default but the host. */
    public static final class Builder {

        private final String host;
        private int port = DEFAULT_PORT;
        private int leapPort = DEFAULT_LEAP_PORT;
        private String name = DEFAULT_NAME;
        private Duration buttonTimeout = DEFAULT_BUTTON_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private PairingListener listener = new PairingListener() {
        };
        private PrivateKey lapKey;
        private X509Certificate lapCertificate;
        private List<X509Certificate> lapAnchors;
        private X509Certificate processorRoot;

        private Builder(String host) {
            require(host != null && !host.isBlank(), "the bridge host must not be blank");
            this.host = host.strip();
        }

        /** The LAP pairing port, {@value LeapPairing#DEFAULT_PORT} by default. */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /** The LEAP port the new certificate is checked on, {@value LeapPairing#DEFAULT_LEAP_PORT} by default. */
        public Builder leapPort(int leapPort) {
            this.leapPort = checkPort(leapPort);
            return this;
        }

        /**
         * The certificate's CN, the display name in the bridge's pairing list and the base name of the files:
         * letters, digits, {@code .}, {@code _} and {@code -}, at most 64; {@value LeapPairing#DEFAULT_NAME} by
         * default.
         */
        public Builder name(String name) {
            require(isValidName(name), "the name '" + name
                    + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            this.name = name;
            return this;
        }

        /** How long to wait for the button press, 3 minutes by default. */
        public Builder buttonTimeout(Duration timeout) {
            this.buttonTimeout = positive(timeout, "button timeout");
            return this;
        }

        /** How long a TCP connect and TLS handshake may take, 10 seconds by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /** How long the bridge may take to answer the CSR and the ping, 10 seconds by default. */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "response timeout");
            return this;
        }

        /** Who hears of the progress; nobody by default. */
        public Builder listener(PairingListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The client identity presented on the pairing port instead of the public "Caseta Application" one (see
         * {@link LapAssets}); for tests against a bridge that does not trust the LAP CA.
         */
        public Builder lapIdentity(PrivateKey key, X509Certificate certificate) {
            this.lapKey = Objects.requireNonNull(key, "key");
            this.lapCertificate = Objects.requireNonNull(certificate, "certificate");
            return this;
        }

        /**
         * The anchors the pairing port's certificate must chain to first, instead of the LAP CA of Caseta bridges;
         * tests give the bridge simulator's CA here.
         */
        public Builder lapTrustAnchors(Collection<X509Certificate> anchors) {
            require(anchors != null && !anchors.isEmpty(), "at least one trust anchor is needed");
            this.lapAnchors = List.copyOf(anchors);
            return this;
        }

        /**
         * The root tried next, when no LAP anchor validates the pairing port, instead of {@code lutron-root} of
         * RadioRA 3 and HomeWorks QSX processors; on that path it is also the bridge CA of the result.
         */
        public Builder processorRoot(X509Certificate root) {
            this.processorRoot = Objects.requireNonNull(root, "root");
            return this;
        }

        /** The pairing, with the LAP identity and anchors shipped in the jar where none were given. */
        public LeapPairing build() {
            return new LeapPairing(this);
        }

        private static int checkPort(int port) {
            require(port > 0 && port <= 0xFFFF, "port " + port + " is outside 1-65535");
            return port;
        }

        private static Duration positive(Duration d, String what) {
            require(d != null && !d.isNegative() && !d.isZero(), "the " + what + " must be positive");
            return d;
        }

        private static void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalArgumentException(problem);
            }
        }
    }
}
