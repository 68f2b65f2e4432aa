package io.github.camellutron.leap.pairing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapParseException;

/**
 * One blocking TLS 1.2 connection to a bridge, for the pairing port and the verification ping: JSON lines out, messages
 * in, each read with its own timeout. No SNI and no host name check (LEAP.md 1.2): the chain alone is validated.
 */
final class LapConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LapConnection.class);
    /** Far above any LAP message or ping answer; a longer line means this is not a bridge. */
    private static final int MAX_LINE = 1024 * 1024;

    private final String address;
    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int end;

    private LapConnection(String address, SSLSocket socket) throws IOException {
        this.address = address;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects and completes the TLS handshake, or throws what the connect or the handshake threw. */
    static LapConnection open(String host, int port, SSLContext context, Duration connectTimeout) throws IOException {
        Socket plain = new Socket();
        try {
            int timeout = millis(connectTimeout);
            plain.connect(new InetSocketAddress(host, port), timeout);
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] { "TLSv1.2" });
            parameters.setServerNames(List.of());
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(timeout);
            socket.startHandshake();
            return new LapConnection(host + ":" + port, socket);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** Sends one JSON line with CR LF, as pylutron-caseta does. */
    void send(String json) throws IOException {
        out.write((json + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * The next message, or null when none arrives within the timeout; lines that are not JSON are skipped.
     *
     * @throws EOFException when the bridge closes the connection
     */
    LeapMessage next(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String text = line(deadline); text != null; text = line(deadline)) {
            if (text.isBlank()) {
                continue;
            }
            try {
                return LeapMessage.parse(text);
            } catch (LeapParseException e) {
                LOG.debug("Skipped a line from {}: {}", address, e.getMessage());
            }
        }
        return null;
    }

    /** The next message with this ClientTag, skipping others, or null when none arrives within the timeout. */
    LeapMessage nextTagged(String tag, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (LeapMessage m = next(timeout); m != null; m = next(Duration.ofNanos(deadline - System.nanoTime()))) {
            if (tag.equals(m.clientTag())) {
                return m;
            }
            LOG.debug("Skipped {} from {} while waiting for {}", m, address, tag);
        }
        return null;
    }

    private String line(long deadline) throws IOException {
        while (true) {
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, position, i - position);
                    position = i + 1;
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
            }
            line.write(buffer, position, end - position);
            position = 0;
            end = 0;
            if (line.size() > MAX_LINE) {
                throw new IOException("received a line longer than " + MAX_LINE + " bytes");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            // a read timeout leaves the TLS session usable; what was read of the line stays in 'line'
            socket.setSoTimeout(Math.max(1, (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000)));
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (n < 0) {
                throw new EOFException("the bridge closed the connection");
            }
            end = n;
        }
    }

    static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the connection to {} failed", address, e);
        }
    }
}
