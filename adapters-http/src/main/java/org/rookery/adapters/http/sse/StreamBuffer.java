package org.rookery.adapters.http.sse;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;
import org.rookery.domain.event.EventEnvelope;

/**
 * What waits for one SSE stream's client, at most {@code capacity} items: the broadcaster or
 * notifier offers without ever blocking, the stream's own thread takes. When a client falls so
 * far behind that the buffer is full, the buffer is marked overflowed and gives nothing more: the
 * stream tells the client to reconnect. Game events are ordered by seq (duplicates and old ones
 * are dropped), and those offered by the subscribing thread during a subscription's catch-up are
 * not limited, since a game's length bounds them. Thread-safe.
 */
final class StreamBuffer<T> {
    /** What {@link #poll} found. */
    sealed interface Next<T> permits Item, Overflowed, Idle {}

    record Item<T>(T value) implements Next<T> {}

    /** The client fell behind; {@code lastSeq} is the seq of the last event it was given (0 for unordered items). */
    record Overflowed<T>(long lastSeq) implements Next<T> {}

    /** Nothing came within the wait. */
    record Idle<T>() implements Next<T> {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;
    private final Thread catchingUp;
    private final ToLongFunction<T> seqOf;
    private long lastSeq;
    private long lastTaken;
    private boolean overflowed;

    private StreamBuffer(int capacity, Thread catchingUp, ToLongFunction<T> seqOf, long afterSeq) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        this.capacity = capacity;
        this.catchingUp = catchingUp;
        this.seqOf = seqOf;
        this.lastSeq = afterSeq;
        this.lastTaken = afterSeq;
    }

    /** A game's events after {@code afterSeq}; {@code subscriber} is the thread whose offers are catch-up. */
    static StreamBuffer<EventEnvelope> events(int capacity, Thread subscriber, long afterSeq) {
        return new StreamBuffer<>(capacity, subscriber, EventEnvelope::seq, afterSeq);
    }

    /** Items in the order offered, none exempt from the capacity. */
    static <T> StreamBuffer<T> unordered(int capacity) {
        return new StreamBuffer<>(capacity, null, null, 0);
    }

    /** Never blocks; a duplicate or an old event is dropped, and so is everything after an overflow. */
    void offer(T item) {
        lock.lock();
        try {
            if (overflowed || seqOf != null && seqOf.applyAsLong(item) <= lastSeq) return;
            if (items.size() >= capacity && Thread.currentThread() != catchingUp) {
                overflowed = true;
                items.clear();
            } else {
                items.add(item);
                if (seqOf != null) lastSeq = seqOf.applyAsLong(item);
            }
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next item, the overflow, or idle after {@code wait}. */
    Next<T> poll(Duration wait) throws InterruptedException {
        long nanos = wait.toNanos();
        lock.lock();
        try {
            while (items.isEmpty() && !overflowed) {
                if (nanos <= 0) return new Idle<>();
                nanos = ready.awaitNanos(nanos);
            }
            if (overflowed) return new Overflowed<>(lastTaken);
            T item = items.poll();
            if (seqOf != null) lastTaken = seqOf.applyAsLong(item);
            return new Item<>(item);
        } finally {
            lock.unlock();
        }
    }
}
