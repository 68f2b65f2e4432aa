package io.github.camellutron.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;

/**
 * A bare LEAP client over a JDK {@link SSLSocket}, using the PEM files pairing writes (as the simulator writes them),
 * that reads whole lines with a timeout, for simulator tests. The bridge CA is the only trust anchor and no host name
 * is checked, as LEAP.md 1.2 prescribes.
 */
final class LeapTestClient implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5000;
    private static final char[] NO_PASSWORD = new char[0];
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private LeapTestClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    /** Connects with {@code <name>.key}, {@code <name>.crt} and {@code <name>-bridge.crt} from a directory. */
    static LeapTestClient connect(LeapBridgeSimulator simulator, Path dir, String name) {
        return connect(simulator, context(dir, name, true));
    }

    /**
     * Connects and completes the TLS handshake, offering only the given protocols when some are given; throws what the
     * handshake throws.
     */
    static LeapTestClient connect(LeapBridgeSimulator simulator, SSLContext context, String... protocols) {
        try {
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
            if (protocols.length > 0) {
                socket.setEnabledProtocols(protocols);
            }
            socket.connect(new InetSocketAddress(simulator.host(), simulator.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            return new LeapTestClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SSL context trusting the bridge CA file, presenting the client key and certificate when asked to. */
    static SSLContext context(Path dir, String name, boolean withClientCertificate) {
        try {
            X509Certificate ca = certificate(dir.resolve(name + "-bridge.crt"));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("bridge", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            if (withClientCertificate) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                keys.setKeyEntry("client", privateKey(dir.resolve(name + ".key")), NO_PASSWORD,
                        new Certificate[] { certificate(dir.resolve(name + ".crt")) });
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, NO_PASSWORD);
                context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            } else {
                context.init(null, tmf.getTrustManagers(), null);
            }
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a PEM certificate as any client would, with the JDK's certificate factory. */
    static X509Certificate certificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream pem = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    /** Reads an unencrypted PKCS#8 PEM RSA key. */
    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** A recorded message as the fixture file has it, from the classpath. */
    static ObjectNode fixture(String system, String path) {
        String resource = "/io/github/camellutron/simulator/leap/" + system + "/" + path;
        try (InputStream in = LeapTestClient.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no fixture " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message as a tree without its ClientTag, to compare with a fixture. */
    static ObjectNode withoutTag(LeapMessage message) {
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(message.toJson());
            ((ObjectNode) tree.path("Header")).remove("ClientTag");
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON tree from text, for request bodies. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SSLSocket socket() {
        return socket;
    }

    /** Sends a line with CR LF, as pylutron does. */
    void send(String json) {
        sendRaw((json + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request with a ClientTag (none when null). */
    void send(CommuniqueType type, String url, String tag, JsonNode body) {
        send(LeapMessage.request(type, url, body).withClientTag(tag).toJson());
    }

    /** Sends a request and reads the next message. */
    LeapMessage ask(CommuniqueType type, String url, String tag, JsonNode body) {
        send(type, url, tag, body);
        return next();
    }

    LeapMessage read(String url, String tag) {
        return ask(CommuniqueType.ReadRequest, url, tag, null);
    }

    /** The next line, without its line end. */
    String readLine() {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("connection closed while waiting for a line");
            }
            return line;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("nothing received within " + TIMEOUT_MILLIS + " ms", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LeapMessage next() {
        return LeapMessage.parse(readLine());
    }

    /** Reads messages until one has the tag, failing on a timeout. */
    LeapMessage nextTagged(String tag) {
        for (LeapMessage message = next(); ; message = next()) {
            if (tag.equals(message.clientTag())) {
                return message;
            }
        }
    }

    /** Asserts that nothing arrives for a while. */
    void expectSilence(Duration quiet) {
        try {
            socket.setSoTimeout((int) quiet.toMillis());
            String line = in.readLine();
            throw new AssertionError("expected silence but received " + line);
        } catch (SocketTimeoutException expected) {
            setTimeout(TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the simulator closes the connection, skipping what it still sends; fails after the timeout. */
    void awaitClosed() {
        try {
            while (in.readLine() != null) {
                // skip until the end of the stream
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("connection still open after " + TIMEOUT_MILLIS + " ms", e);
        } catch (IOException e) {
            // a reset or a TLS alert is a close too
        }
    }

    private void setTimeout(int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
