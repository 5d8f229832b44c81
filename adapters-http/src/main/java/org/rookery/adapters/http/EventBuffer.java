package org.rookery.adapters.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.event.EventEnvelope;

/**
 * The events waiting for one stream's client, at most {@code capacity} of them: the broadcaster
 * offers without ever blocking, the stream's own thread takes. When a client falls so far behind
 * that the buffer is full, it is marked overflowed and stops taking events: the stream tells the
 * client to resume. Events offered during the catch-up of a subscription (on the subscribing
 * thread) are not limited, since they are bounded by the game's length. Thread-safe.
 */
public final class EventBuffer {
    /** What {@link #poll} found. */
    public sealed interface Next permits Event, Overflowed, Idle {}

    public record Event(EventEnvelope envelope) implements Next {}

    /** The client fell behind; {@code lastSeq} is the last event it was given. */
    public record Overflowed(long lastSeq) implements Next {}

    /** Nothing came within the wait. */
    public record Idle() implements Next {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final ArrayDeque<EventEnvelope> events = new ArrayDeque<>();
    private final int capacity;
    private final Thread subscriber;
    private long lastSeq;
    private long lastTaken;
    private boolean overflowed;

    /** {@code subscriber} is the thread whose offers are catch-up; {@code afterSeq} the seq the client has. */
    public EventBuffer(int capacity, Thread subscriber, long afterSeq) {
        this.capacity = capacity;
        this.subscriber = subscriber;
        this.lastSeq = afterSeq;
        this.lastTaken = afterSeq;
    }

    /** Never blocks; duplicates and events after an overflow are dropped. */
    public void offer(EventEnvelope event) {
        lock.lock();
        try {
            if (overflowed || event.seq() <= lastSeq) return;
            if (events.size() >= capacity && Thread.currentThread() != subscriber) {
                overflowed = true;
                events.clear();
            } else {
                events.add(event);
                lastSeq = event.seq();
            }
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next event, the overflow, or idle after {@code wait}. */
    public Next poll(Duration wait) throws InterruptedException {
        long nanos = wait.toNanos();
        lock.lock();
        try {
            while (events.isEmpty() && !overflowed) {
                if (nanos <= 0) return new Idle();
                nanos = ready.awaitNanos(nanos);
            }
            if (overflowed) return new Overflowed(lastTaken);
            EventEnvelope e = events.poll();
            lastTaken = e.seq();
            return new Event(e);
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the taker without an event (used to stop a stream). */
    public void wake() {
        lock.lock();
        try {
            ready.signalAll();
        } finally {
            lock.unlock();
        }
    }

}
