package io.github.camellutron.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A bare telnet client over a plain socket that reads prompts and lines with a timeout, for simulator tests. */
final class LipTestClient implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    private LipTestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static LipTestClient connect(LipBridgeSimulator simulator) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(simulator.host(), simulator.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            return new LipTestClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects and logs in with the default credentials, reading up to and including the prompt. */
    static LipTestClient login(LipBridgeSimulator simulator) {
        LipTestClient client = connect(simulator);
        client.login("lutron", "integration", LipBridgeSimulator.GNET_PROMPT);
        return client;
    }

    /** Connects, logs in and turns the prompt off, so that every later read is a whole line. */
    static LipTestClient loginWithoutPrompt(LipBridgeSimulator simulator) {
        LipTestClient client = login(simulator);
        client.send("#MONITORING,12,2");
        client.expectLine("~MONITORING,12,2");
        return client;
    }

    void login(String user, String password, String prompt) {
        readUntil(LipSession.LOGIN);
        send(user);
        readUntil(LipSession.PASSWORD);
        send(password);
        readUntil(prompt);
    }

    /** Sends a line with CR LF. */
    void send(String line) {
        sendRaw((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    void sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a command and reads the next line. */
    String ask(String line) {
        send(line);
        return readLine();
    }

    /** The next line, without its CR LF. */
    String readLine() {
        String text = readUntil("\r\n");
        return text.substring(0, text.length() - 2);
    }

    void expectLine(String expected) {
        String line = readLine();
        if (!line.equals(expected)) {
            throw new AssertionError("expected line \"" + expected + "\" but read \"" + line + "\"");
        }
    }

    /** Everything up to and including {@code marker}, as ISO-8859-1 text so that every byte is one char. */
    String readUntil(String marker) {
        StringBuilder text = new StringBuilder();
        while (text.length() < marker.length() || text.indexOf(marker, text.length() - marker.length()) < 0) {
            int b = read();
            if (b < 0) {
                throw new AssertionError("connection closed waiting for \"" + marker + "\" after \"" + text + "\"");
            }
            text.append((char) b);
        }
        return text.toString();
    }

    byte[] readBytes(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(count);
        for (int i = 0; i < count; i++) {
            int b = read();
            if (b < 0) {
                throw new AssertionError("connection closed after " + i + " of " + count + " bytes");
            }
            bytes.write(b);
        }
        return bytes.toByteArray();
    }

    /** Every line received before the answer to a {@code ?SYSTEM,10} sent now: all the simulator sent before it. */
    List<String> linesBefore() {
        send("?SYSTEM,10");
        List<String> lines = new ArrayList<>();
        for (String line = readLine(); !line.startsWith("~SYSTEM,10,"); line = readLine()) {
            lines.add(line);
        }
        return lines;
    }

    /** Waits until the simulator closes the connection, skipping what it still sends; fails after the timeout. */
    void awaitClosed() {
        while (read() >= 0) {
            // skip until the end of the stream
        }
    }

    private int read() {
        if (position == limit) {
            try {
                limit = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("nothing received within " + TIMEOUT_MILLIS + " ms", e);
            } catch (IOException e) {
                // a reset by the peer is a close too
                limit = -1;
            }
            position = 0;
            if (limit < 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
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
