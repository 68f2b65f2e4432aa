package io.github.camellutron.benchmark;

import java.util.concurrent.TimeUnit;

import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * LIP codec per message: parsing the report lines a bridge sends, formatting the commands the producer sends.
 * Only in the {@code benchmark} Maven profile (docs/benchmarks.md); the default build does not compile it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LipCodecBenchmark {

    // fields, not constants: the JIT must not fold the input
    private String outputLine = "~OUTPUT,10,1,55.00";
    private String deviceLine = "~DEVICE,20,3,3";
    private String groupLine = "~GROUP,5,3,3";
    private int zone = 10;
    private double level = 55.0;

    @Benchmark
    public LipMessage parseOutput() {
        return LipMessage.parse(outputLine);
    }

    @Benchmark
    public LipMessage parseDevice() {
        return LipMessage.parse(deviceLine);
    }

    @Benchmark
    public LipMessage parseGroup() {
        return LipMessage.parse(groupLine);
    }

    @Benchmark
    public String formatSetLevel() {
        return LipCommands.setLevel(zone, level).toString();
    }
}
