package io.github.camellutron.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.leap.protocol.LeapBodies;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.LeapZoneStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * LEAP codec per message: parsing what a bridge sends (UTF-8 bytes, as the frame decoder hands them over) and
 * writing the requests the producer sends. Only in the {@code benchmark} Maven profile (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LeapCodecBenchmark {

    /**
     * The unsolicited zone push a Caseta bridge sends on every level change, in the shape the soak test and
     * LeapBodiesTest use (LEAP.md 2.5); written here, not recorded.
     */
    static final String ONE_ZONE_STATUS = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":"
            + "\"OneZoneStatus\",\"StatusCode\":\"200 OK\",\"Url\":\"/zone/12/status\"},\"Body\":{\"ZoneStatus\":{"
            + "\"href\":\"/zone/12/status\",\"Level\":55,\"Zone\":{\"href\":\"/zone/12\"},"
            + "\"StatusAccuracy\":\"Good\"}}}";

    /** A button press on a subscribed button, in the shape LeapBodiesTest uses; written here, not recorded. */
    static final String ONE_BUTTON_STATUS_EVENT = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{"
            + "\"MessageBodyType\":\"OneButtonStatusEvent\",\"StatusCode\":\"200 OK\",\"Url\":"
            + "\"/button/101/status/event\",\"ClientTag\":\"sub-1\"},\"Body\":{\"ButtonStatus\":{\"Button\":{"
            + "\"href\":\"/button/101\"},\"ButtonEvent\":{\"EventType\":\"Press\"}}}}";

    /** Recorded from a RadioRA 3 processor (pylutron-caseta tests, Apache-2.0; see the NOTICE.md next to it). */
    static final String MULTIPLE_ZONE_STATUS = "/io/github/camellutron/simulator/leap/ra3/zonestatus.json";

    private byte[] oneZoneStatus;
    private byte[] oneButtonStatusEvent;
    private byte[] multipleZoneStatus;
    private int zone = 12;
    private double level = 55.0;

    @Setup
    public void setUp() throws IOException {
        oneZoneStatus = ONE_ZONE_STATUS.getBytes(StandardCharsets.UTF_8);
        oneButtonStatusEvent = ONE_BUTTON_STATUS_EVENT.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = LeapCodecBenchmark.class.getResourceAsStream(MULTIPLE_ZONE_STATUS)) {
            if (in == null) {
                throw new IOException("missing " + MULTIPLE_ZONE_STATUS);
            }
            multipleZoneStatus = in.readAllBytes();
        }
        // fail at setup, not in the measurement, if a fixture does not parse
        LeapMessage.parse(oneZoneStatus, 0, oneZoneStatus.length);
        LeapMessage.parse(oneButtonStatusEvent, 0, oneButtonStatusEvent.length);
        LeapMessage.parse(multipleZoneStatus, 0, multipleZoneStatus.length);
    }

    @Benchmark
    public LeapMessage parseOneZoneStatus() {
        return LeapMessage.parse(oneZoneStatus, 0, oneZoneStatus.length);
    }

    /** Parse, then the zone status the event mapper reads: what the I/O thread does per zone push. */
    @Benchmark
    public List<LeapZoneStatus> parseAndReadOneZoneStatus() {
        return LeapBodies.zoneStatuses(LeapMessage.parse(oneZoneStatus, 0, oneZoneStatus.length));
    }

    /** The same push through the tree parse that every frame took before the streaming path (and odd ones still take). */
    @Benchmark
    public List<LeapZoneStatus> treeParseAndReadOneZoneStatus() {
        return LeapBodies.zoneStatuses(LeapMessage.parse(ONE_ZONE_STATUS));
    }

    @Benchmark
    public LeapMessage parseOneButtonStatusEvent() {
        return LeapMessage.parse(oneButtonStatusEvent, 0, oneButtonStatusEvent.length);
    }

    @Benchmark
    public LeapMessage parseMultipleZoneStatus() {
        return LeapMessage.parse(multipleZoneStatus, 0, multipleZoneStatus.length);
    }

    @Benchmark
    public String formatGoToLevel() {
        return LeapRequests.goToLevel(zone, level).toJson();
    }

    @Benchmark
    public String formatPing() {
        return LeapRequests.ping().toJson();
    }
}
