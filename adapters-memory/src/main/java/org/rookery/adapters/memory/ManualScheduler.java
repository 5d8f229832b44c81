package org.rookery.adapters.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.Scheduler;

/**
 * Timers that fire only when told what time it is ({@link #runDue}), on the caller's thread, in
 * due order: with a {@link ManualTimeSource}, tests decide exactly when a flag timer fires.
 * Thread-safe.
 */
public final class ManualScheduler implements Scheduler {
    private record Entry(Instant at, long order, Runnable task, AtomicBoolean cancelled) {}

    private final PriorityQueue<Entry> queue =
            new PriorityQueue<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
    private final ReentrantLock lock = new ReentrantLock();
    private long scheduled;

    @Override
    public Cancellable schedule(Instant at, Runnable task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        lock.lock();
        try {
            queue.add(new Entry(at, scheduled++, task, cancelled));
        } finally {
            lock.unlock();
        }
        return () -> cancelled.set(true);
    }

    /** Runs every task due at or before {@code now}, including ones they schedule; returns how many ran. */
    public int runDue(Instant now) {
        int ran = 0;
        for (Entry e; (e = nextDue(now)) != null; ) {
            if (e.cancelled().get()) continue;
            e.task().run();
            ran++;
        }
        return ran;
    }

    /** How many tasks wait, cancelled ones excluded. */
    public int pendingCount() {
        lock.lock();
        try {
            return (int) queue.stream().filter(e -> !e.cancelled().get()).count();
        } finally {
            lock.unlock();
        }
    }

    private Entry nextDue(Instant now) {
        lock.lock();
        try {
            Entry head = queue.peek();
            return head != null && !head.at().isAfter(now) ? queue.poll() : null;
        } finally {
            lock.unlock();
        }
    }
}
