package org.gazette.build;

import java.time.Duration;

/**
 * How long one stage of a build took, and the CPU time the whole process spent meanwhile: their
 * ratio tells whether the stage kept every core busy.
 */
public record StageTime(Duration wall, Duration cpu) {
    /**
     * The process's CPU time advances in clock ticks (10 ms on Linux): a shorter stage can be charged a
     * whole tick (a 0.1 ms stage read as 93 cores), so its cores are not measured.
     */
    static final Duration SHORTEST_MEASURED = Duration.ofMillis(50);

    /**
     * Cores busy on average during the stage (CPU time over wall time); 0 when unmeasured. At most the
     * machine's cores: a tick charged on either side still rounds a stage of 50 ms by a fifth of a core.
     */
    public double cores() {
        return wall.compareTo(SHORTEST_MEASURED) < 0 || cpu.isZero() ? 0
                : Math.min((double) cpu.toNanos() / wall.toNanos(), Runtime.getRuntime().availableProcessors());
    }

    /** Measures consecutive stages. */
    static final class Stopwatch {
        private static final java.lang.management.OperatingSystemMXBean OS =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private long wall = System.nanoTime();
        private long cpu = processCpu();

        /** The time since the last lap (or since the stopwatch was made). */
        StageTime lap() {
            long nowWall = System.nanoTime();
            long nowCpu = processCpu();
            StageTime t = new StageTime(Duration.ofNanos(nowWall - wall), Duration.ofNanos(Math.max(0, nowCpu - cpu)));
            wall = nowWall;
            cpu = nowCpu;
            return t;
        }

        /** The JVM's CPU time in nanoseconds, or 0 where the platform does not tell. */
        private static long processCpu() {
            return OS instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
        }
    }
}
