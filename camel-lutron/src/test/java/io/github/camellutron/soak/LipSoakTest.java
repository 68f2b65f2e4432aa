package io.github.camellutron.soak;

import java.util.Random;

import io.github.camellutron.simulator.LipBridgeSimulator;
import org.junit.jupiter.api.Test;

/**
 * {@value SoakSupport#EVENTS} LIP level reports through a {@code lutron-lip:} route, with garbage lines, lines that
 * are not UTF-8, level reports with bytes that are not text, over-long lines and a dropped connection every
 * {@value SoakSupport#DROP_EVERY} events, under Netty's PARANOID leak detector: every event counted exactly once, in
 * order, and not one leak report.
 */
class LipSoakTest extends SoakSupport {

    private static final int MAX_LINE_LENGTH = 4096;

    private LipBridgeSimulator simulator;
    private int zone;

    @Override
    String protocol() {
        return "LIP";
    }

    @Override
    void startBridge() {
        simulator = LipBridgeSimulator.builder().build().start();
        zone = simulator.house().zoneIds().get(0);
    }

    @Override
    void closeBridge() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Override
    String uri() {
        return "lutron-lip:127.0.0.1:" + simulator.port() + "?reconnectDelay=50&maxReconnectDelay=500&maxLineLength="
               + MAX_LINE_LENGTH;
    }

    @Override
    int zone() {
        return zone;
    }

    @Override
    String zoneLine(int hundredths) {
        return "~OUTPUT," + zone + ",1," + hundredths(hundredths);
    }

    @Override
    String markerLine(int n) {
        return "~SOAKMARKER," + n;
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
        // binary junk, then bytes that are not UTF-8 (a lone C3 before '(', E2 28 A1, F0 28 8C BC): not LIP lines
        byte[] frames = concat(garbage(random), crlf,
                new byte[] { (byte) 0xC3, 0x28, (byte) 0xE2, 0x28, (byte) 0xA1, (byte) 0xF0, 0x28, (byte) 0x8C,
                             (byte) 0xBC }, crlf);
        badFramesSent += 2;
        // a level report of the flooded zone with bytes that are not text: skipped as a bad frame, never a Raw event
        frames = concat(frames, ascii("~OUTPUT," + zone + ",1,"), new byte[] { (byte) 0xC3, 0x28 }, crlf);
        badFramesSent++;
        if (tooLong) {
            frames = concat(frames, ascii("~OUTPUT," + zone + ",1," + "9".repeat(MAX_LINE_LENGTH)), crlf);
            badFramesSent++;
        }
        return frames;
    }

    @Override
    long resyncsAfter(int sessions) {
        // no integration report: the first snapshot is empty, later ones read the zone seen since start
        return sessions - 1;
    }

    @Test
    void aMillionEventsCountedExactlyWithBadFramesAndReconnectsAndNoLeak() throws Exception {
        soak();
    }
}
