package org.rookery.adapters.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.notice.MatchNotice;

/**
 * The match notices waiting for one player's stream, at most {@code capacity} of them: the
 * notifier offers without ever blocking, the stream's thread takes. Notices are rare (a few per
 * match), so a full buffer means the client stopped reading: the buffer is marked overflowed and
 * the stream ends. Thread-safe.
 */
public final class NoticeBuffer {
    /** What {@link #poll} found. */
    public sealed interface Next permits Notice, Overflowed, Idle {}

    public record Notice(MatchNotice notice) implements Next {}

    /** The client stopped reading. */
    public record Overflowed() implements Next {}

    /** Nothing came within the wait. */
    public record Idle() implements Next {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final ArrayDeque<MatchNotice> notices = new ArrayDeque<>();
    private final int capacity;
    private boolean overflowed;

    public NoticeBuffer(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.capacity = capacity;
    }

    /** Never blocks; a notice beyond the capacity overflows the buffer. */
    public void offer(MatchNotice notice) {
        lock.lock();
        try {
            if (overflowed) return;
            if (notices.size() >= capacity) {
                overflowed = true;
                notices.clear();
            } else {
                notices.add(notice);
            }
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next notice, the overflow, or idle after {@code wait}. */
    public Next poll(Duration wait) throws InterruptedException {
        long nanos = wait.toNanos();
        lock.lock();
        try {
            while (notices.isEmpty() && !overflowed) {
                if (nanos <= 0) return new Idle();
                nanos = ready.awaitNanos(nanos);
            }
            return overflowed ? new Overflowed() : new Notice(notices.poll());
        } finally {
            lock.unlock();
        }
    }
}
