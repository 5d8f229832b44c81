package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * The in-memory logs' global order: every appended item at the next position (1, 2, …), kept in
 * fixed-size segments so that a prefix already relayed can be discarded without copying the rest.
 * Positions are assigned and made visible under one write lock, so no reader ever sees a later
 * position before an earlier one. Thread-safe.
 */
final class GlobalOrder<T> {
    private static final int SEGMENT = 4_096;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ArrayList<Object[]> segments = new ArrayList<>();
    private long end;        // position of the last item
    private long firstKept;  // position of the first item still held, minus one (a multiple of SEGMENT)

    /** Appends the items at the next positions if {@code admit}, asked under the same lock, says yes; returns its answer. */
    boolean append(List<? extends T> items, BooleanSupplier admit) {
        lock.writeLock().lock();
        try {
            if (!admit.getAsBoolean()) return false;
            for (T item : items) {
                int offset = (int) (end - firstKept);
                if (offset % SEGMENT == 0 && offset / SEGMENT == segments.size()) segments.add(new Object[SEGMENT]);
                segments.get(offset / SEGMENT)[offset % SEGMENT] = item;
                end++;
            }
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Up to {@code max} items after {@code afterPosition}, each made into a result with its position. */
    @SuppressWarnings("unchecked")
    <R> List<R> readAfter(long afterPosition, int max, BiFunction<Long, T, R> withPosition) {
        if (afterPosition < 0 || max < 1) throw new IllegalArgumentException("need a position >= 0 and max >= 1");
        lock.readLock().lock();
        try {
            long from = Math.max(afterPosition, firstKept), to = Math.min(end, from + max);
            List<R> items = new ArrayList<>((int) Math.max(0, to - from));
            for (long p = from; p < to; p++) {
                int offset = (int) (p - firstKept);
                items.add(withPosition.apply(p + 1, (T) segments.get(offset / SEGMENT)[offset % SEGMENT]));
            }
            return items;
        } finally {
            lock.readLock().unlock();
        }
    }

    long end() {
        lock.readLock().lock();
        try {
            return end;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Forgets whole segments of items at or below {@code position}; reads from there on start at the first item kept. */
    void discardThrough(long position) {
        lock.writeLock().lock();
        try {
            while (!segments.isEmpty() && firstKept + SEGMENT <= Math.min(position, end)) {
                segments.removeFirst();
                firstKept += SEGMENT;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
