package org.rookery.adapters.http.observability;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Logs abuse (rate-limit floods, bad tokens) at a bounded rate: at most {@code linesPerInterval}
 * WARNING lines per interval, the rest only counted, and the first line of the next interval
 * says how many were left out. A flood therefore costs the log a few lines, not one per request,
 * while {@code rookery_abuse_total} counts every one. Thread-safe.
 */
public final class AbuseLog {
    private static final System.Logger LOG = System.getLogger(AbuseLog.class.getName());
    private final HttpMetrics metrics;
    private final int linesPerInterval;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final System.Logger logger;
    private final ReentrantLock lock = new ReentrantLock();
    private long intervalStart;
    private int written;
    private long suppressed;

    public AbuseLog(HttpMetrics metrics, int linesPerInterval, Duration interval, LongSupplier nanoTime, System.Logger logger) {
        if (linesPerInterval < 1) throw new IllegalArgumentException("linesPerInterval must be positive");
        if (!interval.isPositive()) throw new IllegalArgumentException("interval must be positive");
        this.metrics = metrics;
        this.linesPerInterval = linesPerInterval;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.logger = logger;
        this.intervalStart = nanoTime.getAsLong();
    }

    /** Ten lines a minute on the adapter's logger. */
    public AbuseLog(HttpMetrics metrics) {
        this(metrics, 10, Duration.ofMinutes(1), System::nanoTime, LOG);
    }

    /** Counts the abuse and logs {@code message} unless this interval's lines are spent. */
    public void record(Abuse kind, Supplier<String> message) {
        metrics.abuse(kind);
        long left;
        lock.lock();
        try {
            long now = nanoTime.getAsLong();
            left = 0;
            if (now - intervalStart >= intervalNanos) {
                left = suppressed;
                intervalStart = now;
                written = 0;
                suppressed = 0;
            }
            if (written >= linesPerInterval) {
                suppressed++;
                return;
            }
            written++;
        } finally {
            lock.unlock();
        }
        String line = "abuse " + kind.label() + ": " + message.get();
        logger.log(Level.WARNING, left > 0 ? line + " (" + left + " more abuse lines left out in the last interval)" : line);
    }
}
