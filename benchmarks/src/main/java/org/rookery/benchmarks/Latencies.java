package org.rookery.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Latencies recorded by many threads, and their percentiles. Thread-safe. */
final class Latencies {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        lock.lock();
        try {
            nanos.add(elapsedNanos);
        } finally {
            lock.unlock();
        }
    }

    int count() {
        lock.lock();
        try {
            return nanos.size();
        } finally {
            lock.unlock();
        }
    }

    /** The {@code p}-th percentile (0–100, nearest rank) in milliseconds, or NaN without data. */
    double percentileMs(double p) {
        lock.lock();
        try {
            if (nanos.isEmpty()) return Double.NaN;
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.size());
            return sorted.get(Math.max(0, rank - 1)) / 1e6;
        } finally {
            lock.unlock();
        }
    }
}
