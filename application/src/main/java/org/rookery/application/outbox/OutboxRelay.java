package org.rookery.application.outbox;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventPublisher;
import org.rookery.ports.out.Outbox;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/**
 * Moves events from the outbox to the downstream bus, oldest first, removing each batch only
 * after the publisher accepted it; when the publisher fails it stops and the same batch is
 * offered again on the next run, so nothing is lost or reordered. A batch the publisher half
 * sent before failing is sent again: consumers deduplicate by event id. Thread-safe: runs are
 * serialized.
 */
public final class OutboxRelay {
    private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());
    private final Outbox outbox;
    private final EventPublisher publisher;
    private final int batchSize;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean stopped = new AtomicBoolean();

    public OutboxRelay(Outbox outbox, EventPublisher publisher, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive");
        this.outbox = outbox;
        this.publisher = publisher;
        this.batchSize = batchSize;
    }

    /** Publishes pending events until the outbox is empty or the publisher fails; returns how many went out. */
    public int relay() {
        running.lock();
        try {
            int published = 0;
            while (true) {
                List<EventEnvelope> batch = outbox.peek(batchSize);
                if (batch.isEmpty()) return published;
                try {
                    publisher.publish(batch);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "publishing " + batch.size() + " events failed; " + outbox.pendingCount() + " wait for the next run", e);
                    return published;
                }
                outbox.markPublished(batch);
                published += batch.size();
            }
        } finally {
            running.unlock();
        }
    }

    /** Runs {@link #relay()} every {@code period} on the scheduler until {@link #stop()}. */
    public void start(Scheduler scheduler, TimeSource time, Duration period) {
        scheduler.schedule(time.now().plus(period), () -> {
            if (stopped.get()) return;
            try {
                relay();
            } finally {
                if (!stopped.get()) start(scheduler, time, period);
            }
        });
    }

    public void stop() {
        stopped.set(true);
    }
}
