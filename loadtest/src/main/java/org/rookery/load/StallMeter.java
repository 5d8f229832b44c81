package org.rookery.load;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the machine's own stalls: a thread that sleeps 1 ms at a time for SECONDS and records
 * how late it wakes up. Run in its own small JVM beside a load test (scripts/load-test.sh does,
 * at real-time priority where the system allows it), it sees what every process on the machine
 * suffers (kernel work, other processes, a virtual machine's host) apart from the server under
 * test, which tells a server's latency tail from the machine's. Run: {@code StallMeter SECONDS}.
 */
public final class StallMeter {
    private static final long SLEEP_NS = TimeUnit.MILLISECONDS.toNanos(1);

    private StallMeter() {}

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long[] lateNs = new long[(int) Math.min(Integer.MAX_VALUE - 8, seconds * 1_100)];
        int n = 0;
        while (n < lateNs.length) {
            long before = System.nanoTime();
            if (before >= end) break;
            LockSupport.parkNanos(SLEEP_NS);
            lateNs[n++] = Math.max(0, System.nanoTime() - before - SLEEP_NS);
        }
        System.out.println(report(Arrays.copyOf(lateNs, n), seconds));
    }

    /** One line: how late the sleeper woke up (p99, max) and how often by more than 10 and 30 ms. */
    static String report(long[] lateNs, long seconds) {
        long[] sorted = lateNs.clone();
        Arrays.sort(sorted);
        long over10 = Arrays.stream(sorted).filter(ns -> ns > 10_000_000L).count();
        long over30 = Arrays.stream(sorted).filter(ns -> ns > 30_000_000L).count();
        double p99 = sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        return String.format("machine stalls (a 1 ms sleeper, %d wake-ups over %d s): late by p99 %.2f ms, max %.2f ms; %d times over 10 ms, %d over 30 ms",
                sorted.length, seconds, p99, max, over10, over30);
    }
}
