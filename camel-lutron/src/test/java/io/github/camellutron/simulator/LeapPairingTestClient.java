package io.github.camellutron.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A bare LAP pairing client over a JDK {@link SSLSocket} for the simulator's pairing port: raw JSON lines, so a test
 * can send what a careful client never would, such as a CSR before the button press.
 */
final class LeapPairingTestClient implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5000;
    private static final char[] NO_PASSWORD = new char[0];
    static final ObjectMapper JSON = new ObjectMapper();

    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private LeapPairingTestClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    /** Connects to the pairing port presenting the identity (none when the key is null), trusting the bridge CA. */
    static LeapPairingTestClient connect(LeapBridgeSimulator simulator, PrivateKey key, X509Certificate certificate)
            throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("bridge", simulator.bridgeCaCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (key != null) {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("lap", key, NO_PASSWORD, new Certificate[] { certificate });
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(identity, NO_PASSWORD);
        }
        SSLContext context = SSLContext.getInstance("TLSv1.2");
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        try {
            socket.connect(new InetSocketAddress(simulator.host(), simulator.pairingPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            return new LeapPairingTestClient(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A PKCS#10 request for a fresh RSA key, subject {@code CN=<commonName>}, as PEM. */
    static String csr(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(request);
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The LAP request that carries a CSR (LEAP.md 4 step 6). */
    static String csrRequest(String csrPem, String displayName) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("Header").put("RequestType", "Execute").put("Url", "/pair").put("ClientTag", "get-cert");
        ObjectNode body = request.putObject("Body").put("CommandType", "CSR");
        body.putObject("Parameters").put("CSR", csrPem).put("DisplayName", displayName)
                .put("DeviceUID", "000000000000").put("Role", "Admin");
        return request.toString();
    }

    void send(String json) {
        try {
            out.write((json + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line as a JSON tree; fails after the timeout or when the connection closes. */
    JsonNode next() {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("connection closed while waiting for a line");
            }
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
