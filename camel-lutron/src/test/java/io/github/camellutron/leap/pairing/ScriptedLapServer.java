package io.github.camellutron.leap.pairing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import io.github.camellutron.client.PemReader;

/**
 * A one-connection LAP server that plays a fixed script: it sends its lines, then answers the first request line
 * with its answer, and records what it received. It requires the LAP client certificate. Its identity is a
 * certificate of the bridge simulator's CA (with serverAuth), so a client trusting that CA accepts it.
 */
final class ScriptedLapServer implements AutoCloseable {

    final List<String> received = new CopyOnWriteArrayList<>();
    private final SSLServerSocket server;
    private final CompletableFuture<Void> done;

    /**
     * @param dir    holds {@code <name>.key} and {@code <name>.crt} as the simulator's writeClientFiles writes them
     * @param first  lines sent once the handshake is done
     * @param answer the line sent after the first line received
     */
    ScriptedLapServer(Path dir, String name, List<String> first, String answer) throws Exception {
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("server", PemReader.privateKey(Files.readString(dir.resolve(name + ".key")), "key"),
                new char[0],
                new Certificate[] { PemReader.certificate(Files.readString(dir.resolve(name + ".crt")), "crt") });
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(identity, new char[0]);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("lap", LapAssets.lapCa());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.2");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 1,
                InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        done = CompletableFuture.runAsync(() -> serve(first, answer));
    }

    private void serve(List<String> first, String answer) {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            for (String line : first) {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String request = in.readLine();
            if (request != null) {
                received.add(request);
                out.write((answer + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                // wait for the client to hang up
                in.readLine();
            }
        } catch (IOException e) {
            if (!server.isClosed()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
        done.cancel(true);
    }
}
