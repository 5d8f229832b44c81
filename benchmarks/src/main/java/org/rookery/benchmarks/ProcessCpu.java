package org.rookery.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The CPU time this whole process used between a mark and a report, beside the wall time: on a
 * machine shared with other work, operations per CPU-second are steadier than operations per
 * second, and CPU-seconds per wall-second say how many cores the process actually had. Not
 * thread-safe: one owner marks and reports.
 */
final class ProcessCpu {
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtMark;
    private long wallAtMark;

    void mark() {
        cpuAtMark = os.getProcessCpuTime();
        wallAtMark = System.nanoTime();
    }

    /** One line: how many operations, the CPU and wall time since the mark, and operations per CPU-second. */
    String report(long operations, String what) {
        double cpu = (os.getProcessCpuTime() - cpuAtMark) / 1e9, wall = (System.nanoTime() - wallAtMark) / 1e9;
        return String.format(Locale.ROOT, "cpu: %d %s in %.2f s wall, %.2f s CPU (%.2f cores busy): %.0f %s per CPU-second",
                operations, what, wall, cpu, cpu / wall, operations / cpu, what);
    }
}
