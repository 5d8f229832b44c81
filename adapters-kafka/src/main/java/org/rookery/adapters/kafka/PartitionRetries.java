package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The back-off of partitions whose handler failed: each failure doubles the wait (from the first
 * delay up to the maximum) before the partition is resumed, a success resets it. Times are
 * nanosecond readings of the runner's clock. Not thread-safe: the runner's thread owns it.
 */
final class PartitionRetries {
    private record Waiting(int attempts, long resumeAtNanos) {}

    private final long firstDelayNanos;
    private final long maxDelayNanos;
    private final Map<TopicPartition, Waiting> failing = new HashMap<>();

    PartitionRetries(Duration firstDelay, Duration maxDelay) {
        this.firstDelayNanos = firstDelay.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
    }

    /** Records a failure at {@code now}; returns the attempt number that failed (1 for the first). */
    int failed(TopicPartition partition, long now) {
        int attempts = failing.containsKey(partition) ? failing.get(partition).attempts() + 1 : 1;
        long delay = firstDelayNanos;
        for (int i = 1; i < attempts && delay < maxDelayNanos; i++) delay *= 2;
        failing.put(partition, new Waiting(attempts, now + Math.min(delay, maxDelayNanos)));
        return attempts;
    }

    void succeeded(TopicPartition partition) {
        failing.remove(partition);
    }

    /** The paused partitions whose wait is over at {@code now}; they stay known until a success. */
    List<TopicPartition> due(long now) {
        List<TopicPartition> due = new ArrayList<>();
        failing.forEach((p, w) -> {
            if (w.resumeAtNanos() != Long.MAX_VALUE && w.resumeAtNanos() - now <= 0) due.add(p);
        });
        for (TopicPartition p : due) failing.put(p, new Waiting(failing.get(p).attempts(), Long.MAX_VALUE));
        return due;
    }

    /** How long until the next paused partition is due, at most {@code cap}. */
    Duration untilNextDue(long now, Duration cap) {
        long wait = cap.toNanos();
        for (Waiting w : failing.values()) {
            if (w.resumeAtNanos() != Long.MAX_VALUE) wait = Math.min(wait, Math.max(0, w.resumeAtNanos() - now));
        }
        return Duration.ofNanos(Math.max(wait, 1_000_000));
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(failing::remove);
    }
}
