package io.github.camellutron.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.junit.jupiter.api.Test;

/**
 * {@value SoakSupport#EVENTS} LEAP zone status messages over TLS through a {@code lutron-leap:} route, with garbage
 * lines, cut-off JSON, JSON that is not UTF-8, over-long lines and a dropped connection every
 * {@value SoakSupport#DROP_EVERY} events, under Netty's PARANOID leak detector: every event counted exactly once, in
 * order, and not one leak report.
 */
class LeapSoakTest extends SoakSupport {

    private static final int MAX_LINE_LENGTH = 4 * 1024 * 1024;

    private LeapBridgeSimulator simulator;
    private Path certificates;
    private int zone;

    @Override
    String protocol() {
        return "LEAP";
    }

    @Override
    void startBridge() throws Exception {
        simulator = LeapBridgeSimulator.builder().build().start();
        certificates = Files.createTempDirectory("lutron-leap-soak");
        simulator.writeClientFiles(certificates, "soak");
        zone = simulator.zoneIds().get(0);
    }

    @Override
    void closeBridge() throws Exception {
        if (simulator != null) {
            simulator.close();
        }
        if (certificates != null) {
            try (Stream<Path> files = Files.walk(certificates)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    String uri() {
        return "lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:" + certificates.resolve("soak.crt")
               + "&clientKey=file:" + certificates.resolve("soak.key")
               + "&bridgeCertificate=file:" + certificates.resolve("soak-bridge.crt")
               + "&reconnectDelay=50&maxReconnectDelay=500&maxLineLength=" + MAX_LINE_LENGTH;
    }

    @Override
    int zone() {
        return zone;
    }

    /** What a Caseta bridge pushes, untagged, to every connection when a zone changes (LEAP.md 2.5). */
    @Override
    String zoneLine(int hundredths) {
        return zoneStatus(hundredths(hundredths), "Good");
    }

    private String zoneStatus(String level, String accuracy) {
        return "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneZoneStatus\","
               + "\"StatusCode\":\"200 OK\",\"Url\":\"/zone/" + zone + "/status\"},\"Body\":{\"ZoneStatus\":{"
               + "\"href\":\"/zone/" + zone + "/status\",\"Level\":" + level + ",\"Zone\":{\"href\":\"/zone/" + zone
               + "\"},\"StatusAccuracy\":\"" + accuracy + "\"}}}";
    }

    @Override
    String markerLine(int n) {
        return "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneSoakMarker\","
               + "\"StatusCode\":\"200 OK\",\"Url\":\"/soakmarker/" + n + "\"},\"Body\":{\"SoakMarker\":" + n + "}}";
    }

    @Override
    void inject(String text) {
        simulator.inject(text);
    }

    @Override
    void sendGarbage(byte[] bytes) {
        simulator.sendGarbage(bytes);
    }

    @Override
    void dropConnections() {
        simulator.dropConnections();
    }

    @Override
    byte[] badFrames(Random random, boolean tooLong) {
        byte[] crlf = ascii("\r\n");
        String status = zoneStatus("50", "Good");
        // binary junk; a zone status cut off in the middle; a zone status with a string that is not UTF-8
        int quote = status.indexOf("Good") - 1;
        byte[] frames = concat(garbage(random), crlf, ascii(status.substring(0, status.length() / 2)), crlf,
                ascii(status.substring(0, quote + 2)), new byte[] { (byte) 0xC3, 0x28 },
                ascii(status.substring(quote + 2)), crlf);
        badFramesSent += 3;
        if (tooLong) {
            frames = concat(frames, ascii("{\"Padding\":\"" + "x".repeat(MAX_LINE_LENGTH) + "\"}"), crlf);
            badFramesSent++;
        }
        return frames;
    }

    @Override
    long resyncsAfter(int sessions) {
        // every zone of the discovered catalog is read after every connect, the first included
        return sessions;
    }

    @Test
    void aMillionEventsCountedExactlyWithBadFramesAndReconnectsAndNoLeak() throws Exception {
        soak();
    }
}
