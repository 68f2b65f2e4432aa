package io.github.camellutron.lip.client;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.lip.protocol.LipMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The LIP event mapping (package-private, hence this package rather than io.github.camellutron.benchmark): a parsed
 * report line to a named event, with a small catalog that knows the zone, the keypad button and the area. Only in
 * the {@code benchmark} Maven profile (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LipEventMapperBenchmark {

    private LipEventMapper mapper;
    private LipMessage output;
    private LipMessage device;
    private LipMessage group;
    private String outputLine = "~OUTPUT,10,1,55.00";

    @Setup
    public void setUp() {
        LutronCatalog catalog = LutronCatalog.builder()
                .area(new Area(5, "Kitchen", null))
                .zone(new Zone(10, "Kitchen Lights", "Kitchen", "DIMMER"))
                .device(new Device(20, "Kitchen Keypad", "Kitchen", "SEETOUCH_KEYPAD",
                        List.of(new Button(3, 20, 3, "Scene 3", 83))))
                .build();
        mapper = new LipEventMapper("repeater:23", catalog);
        output = LipMessage.parse(outputLine);
        device = LipMessage.parse("~DEVICE,20,3,3");
        group = LipMessage.parse("~GROUP,5,3,3");
    }

    @Benchmark
    public LutronEvent mapOutput() {
        return mapper.map(output, false, zone -> null);
    }

    @Benchmark
    public LutronEvent mapDevice() {
        return mapper.map(device, false, zone -> null);
    }

    @Benchmark
    public LutronEvent mapGroup() {
        return mapper.map(group, false, zone -> null);
    }

    /** The whole inbound path of one line short of the channel: parse, then map. */
    @Benchmark
    public LutronEvent parseAndMapOutput() {
        return mapper.map(LipMessage.parse(outputLine), false);
    }
}
