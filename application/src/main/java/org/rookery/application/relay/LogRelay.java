package org.rookery.application.relay;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.RelayCheckpoint;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/**
 * Publishes a durable log downstream in log order, at least once, by tailing it from a stored
 * checkpoint: read a batch after the checkpoint, publish it, then move the checkpoint past it.
 * Nothing is written twice at the source (no outbox beside the log), so a crash anywhere loses
 * nothing: a batch published but not checkpointed is published again after a restart, and
 * consumers deduplicate by event id. Thread-safe: runs are serialized; run one relay per stream
 * at a time (a second one would only publish duplicates).
 */
public final class LogRelay<E> {
    private static final System.Logger LOG = System.getLogger(LogRelay.class.getName());
    private final String name;
    private final RelayFeed<E> feed;
    private final RelayCheckpoint checkpoint;
    private final int batchSize;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile long position = -1; // the checkpoint as last stored; -1 until read
    private final RelayCounters counters = new RelayCounters();

    public LogRelay(String name, RelayFeed<E> feed, RelayCheckpoint checkpoint, int batchSize) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a relay needs a name");
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive");
        this.name = name;
        this.feed = feed;
        this.checkpoint = checkpoint;
        this.batchSize = batchSize;
    }

    /** Publishes everything after the checkpoint until the log is drained or a step fails; returns how many events went out. */
    public int relay() {
        running.lock();
        try {
            int published = 0;
            long at = position >= 0 ? position : (position = checkpoint.position(name));
            while (true) {
                List<E> batch = feed.readAfter(at, batchSize);
                if (batch.isEmpty()) return published;
                try {
                    feed.publish(batch);
                } catch (RuntimeException e) {
                    counters.failed(batch.size());
                    LOG.log(Level.WARNING, "relay " + name + ": publishing " + batch.size() + " events after position " + at
                            + " failed; they are offered again on the next run", e);
                    return published;
                }
                counters.published(batch.size());
                long next = feed.positionOf(batch.getLast());
                try {
                    checkpoint.save(name, next);
                } catch (RuntimeException e) {
                    position = -1; // re-read the stored checkpoint next time: what follows it is published again
                    LOG.log(Level.WARNING, "relay " + name + ": checkpoint " + next + " not stored; events after the stored"
                            + " checkpoint will be published again (consumers deduplicate)", e);
                    return published + batch.size();
                }
                position = at = next;
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
            } catch (RuntimeException e) {
                position = -1;
                LOG.log(Level.ERROR, "relay " + name + " failed; it runs again", e);
            } finally {
                if (!stopped.get()) start(scheduler, time, period);
            }
        });
    }

    public void stop() {
        stopped.set(true);
    }

    public String name() {
        return name;
    }

    /** How far the relay is behind the log: events and the age of the oldest one not yet checkpointed. */
    public RelayLag lag(TimeSource time) {
        long stored = position >= 0 ? position : checkpoint.position(name);
        List<E> next = feed.readAfter(stored, 1);
        if (next.isEmpty()) return RelayLag.NONE;
        Duration age = Duration.between(feed.occurredAtOf(next.getFirst()), time.now());
        return new RelayLag(Math.max(1, feed.endPosition() - stored), age.isNegative() ? Duration.ZERO : age);
    }

    /** Events published and failed since start. */
    public RelayCounters counters() {
        return counters;
    }
}
