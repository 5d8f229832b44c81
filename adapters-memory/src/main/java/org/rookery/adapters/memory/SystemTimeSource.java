package org.rookery.adapters.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.rookery.ports.out.TimeSource;

/**
 * The platform's timeline on this machine: the system's monotonic clock ({@link System#nanoTime})
 * anchored to the wall clock at start, so elapsed time (players' clocks, flag deadlines) is
 * measured on a clock that never steps, while stamps stay wall time. When the wall clock moves
 * away from the timeline (an operator or NTP stepping it), the timeline slews towards it by at
 * most {@link #MAX_SLEW} (1 %) of elapsed time, never jumping: a wall clock stepping back an hour
 * gives nobody an hour, and one stepping forward takes nobody's time at once. Thread-safe and
 * lock-free for readers.
 */
public final class SystemTimeSource implements TimeSource {
    /** The largest rate at which the timeline closes its gap to the wall clock. */
    public static final double MAX_SLEW = 0.01;
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    /** The timeline is {@code base + (nanos - at) * (1 + rate)} until the next check. */
    private record Segment(long atNanos, long baseNanos, double rate) {
        long timeline(long nanos) {
            long elapsed = nanos - atNanos;
            return baseNanos + elapsed + (long) (elapsed * rate);
        }
    }

    private final Clock wall;
    private final LongSupplier nanos;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile Segment segment;

    public SystemTimeSource() {
        this(Clock.systemUTC(), System::nanoTime);
    }

    /** A timeline over the given wall clock and monotonic nanosecond source (tests step them by hand). */
    public SystemTimeSource(Clock wall, LongSupplier nanos) {
        this.wall = wall;
        this.nanos = nanos;
        this.segment = new Segment(nanos.getAsLong(), epochNanos(wall.instant()), 0);
    }

    @Override
    public Instant now() {
        long n = nanos.getAsLong();
        Segment s = segment;
        if (n - s.atNanos >= CHECK_EVERY_NANOS && checking.tryLock()) {
            try {
                s = resteer(segment, n);
            } finally {
                checking.unlock();
            }
        }
        long t = s.timeline(n);
        return Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L));
    }

    /** Starts a new segment where the current one is now (no jump), aimed at closing the gap to the wall clock within a second. */
    private Segment resteer(Segment current, long n) {
        if (n - current.atNanos < CHECK_EVERY_NANOS) return current;
        long here = current.timeline(n);
        long gap = epochNanos(wall.instant()) - here;
        double rate = Math.max(-MAX_SLEW, Math.min(MAX_SLEW, (double) gap / CHECK_EVERY_NANOS));
        Segment next = new Segment(n, here, rate);
        segment = next;
        return next;
    }

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
