package io.github.camellutron.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.Recording;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code record} takes down what one simulator says, the way it would a customer's bridge; a second simulator,
 * whose own house is different, replays the file into a route: the route gets the recorded levels and events, not
 * the second simulator's.
 */
class RecordReplayTest {

    private static final int KITCHEN_DOWNLIGHTS = 10;
    private static final int LIVING_ROOM_LAMPS = 13;
    private static final int HALLWAY_LIGHTS = 1;

    @TempDir
    Path dir;

    private static void awaitRecorded(Path file, String text) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.readString(file).contains(text));
    }

    @Test
    void aLipBridgeRecordedAndReplayed() throws Exception {
        Path file = dir.resolve("lip.jsonl");
        try (LipBridgeSimulator site = LipBridgeSimulator.builder().httpPort(0).build().start()) {
            site.setLevelFromWall(KITCHEN_DOWNLIGHTS, 40);
            try (RunningCommand record = new RunningCommand("record", "lip", site.host(), "--port", String.valueOf(site.port()),
                    "--report", site.integrationReportUrl(), "--out", file.toString())) {
                // the session reads every zone of the report: the kitchen's answer is in the file
                awaitRecorded(file, "~OUTPUT," + KITCHEN_DOWNLIGHTS + ",1,40.00");
                site.setLevelFromWall(LIVING_ROOM_LAMPS, 70);
                awaitRecorded(file, "~OUTPUT," + LIVING_ROOM_LAMPS + ",1,70.00");
                record.type("quit");
                assertThat(record.exitCode()).isZero();
                assertThat(record.output()).contains("Connected", "Recorded ");
            }
        }
        String recorded = Files.readString(file);
        assertThat(recorded).as("no login in the file").doesNotContain("integration").contains("\"from\":\"client\"");
        assertThat(Recording.read(file).protocol()).isEqualTo("lip");

        try (LipBridgeSimulator desk = LipBridgeSimulator.builder().httpPort(0).replay(Recording.read(file), true)
                .build().start()) {
            CamelContext camel = new DefaultCamelContext();
            try {
                String uri = "lutron-lip:" + desk.host() + ":" + desk.port() + "?eventTypes=ZoneStatus"
                             + "&integrationReport=" + desk.integrationReportUrl();
                MockEndpoint zones = route(camel, uri);
                awaitZone(zones, KITCHEN_DOWNLIGHTS, 40, true);
                awaitZone(zones, LIVING_ROOM_LAMPS, 70, false);
                // answered from the recording, not from the desk simulator's own house
                assertThat(desk.level(KITCHEN_DOWNLIGHTS)).isZero();
            } finally {
                camel.stop();
            }
        }
    }

    @Test
    void aLeapBridgeRecordedAndReplayed() throws Exception {
        Path file = dir.resolve("leap.jsonl");
        try (LeapBridgeSimulator site = LeapBridgeSimulator.builder().build().start()) {
            site.writeClientFiles(dir, "site");
            site.setLevelFromWall(HALLWAY_LIGHTS, 40);
            try (RunningCommand record = new RunningCommand("record", "leap", "127.0.0.1", "--port", String.valueOf(site.port()),
                    "--cert-dir", dir.toString(), "--cert-name", "site", "--out", file.toString())) {
                awaitRecorded(file, "/occupancygroup/status");
                awaitRecorded(file, "\\\"Level\\\":40");
                site.setLevelFromWall(HALLWAY_LIGHTS, 65);
                awaitRecorded(file, "\\\"Level\\\":65");
                record.type("quit");
                assertThat(record.exitCode()).isZero();
            }
        }
        assertThat(Files.readString(file)).doesNotContain("PRIVATE KEY");

        try (LeapBridgeSimulator desk = LeapBridgeSimulator.builder().replay(Recording.read(file), true).build()
                .start()) {
            desk.writeClientFiles(dir, "desk");
            CamelContext camel = new DefaultCamelContext();
            try {
                String uri = "lutron-leap:127.0.0.1:" + desk.port() + "?clientCertificate=file:" + dir.resolve("desk.crt")
                             + "&clientKey=file:" + dir.resolve("desk.key") + "&bridgeCertificate=file:"
                             + dir.resolve("desk-bridge.crt") + "&eventTypes=ZoneStatus";
                MockEndpoint zones = route(camel, uri);
                awaitZone(zones, HALLWAY_LIGHTS, 40, true);
                awaitZone(zones, HALLWAY_LIGHTS, 65, false);
                assertThat(desk.level(HALLWAY_LIGHTS)).isZero();
            } finally {
                camel.stop();
            }
        }
    }

    private static MockEndpoint route(CamelContext camel, String uri) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:zones");
            }
        });
        camel.start();
        return camel.getEndpoint("mock:zones", MockEndpoint.class);
    }

    private static void awaitZone(MockEndpoint zones, int zone, double level, boolean resync) {
        Predicate<Exchange> match = e -> Integer.valueOf(zone).equals(e.getMessage().getHeader(LutronConstants.ZONE_ID))
                                         && Double.valueOf(level).equals(e.getMessage().getHeader(LutronConstants.LEVEL))
                                         && Boolean.valueOf(resync).equals(e.getMessage()
                                                 .getHeader(LutronConstants.RESYNC));
        await().atMost(Duration.ofSeconds(20)).until(() -> zones.getReceivedExchanges().stream().anyMatch(match));
    }
}
