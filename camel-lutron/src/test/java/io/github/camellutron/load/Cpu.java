package io.github.camellutron.load;

import java.lang.management.ManagementFactory;

/** CPU time of this whole JVM (every thread), for CPU per event over a measured burst. */
final class Cpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Cpu() {
    }

    /** Nanoseconds of CPU this process has used so far, or 0 when the JVM cannot tell. */
    static long process() {
        long t = OS.getProcessCpuTime();
        return t < 0 ? 0 : t;
    }
}
