package org.rookery.adapters.memory;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/**
 * Real timers: one daemon thread waits for due times (measured with the given time source when
 * scheduling) and starts each task on its own virtual thread, so a slow task never delays the
 * others. Thread-safe; {@link #close()} stops it, after which new tasks are dropped silently.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ExecutorScheduler.class.getName());
    private final TimeSource time;
    private final ScheduledThreadPoolExecutor timer;

    public ExecutorScheduler(TimeSource time) {
        this.time = time;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rookery-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Cancellable schedule(Instant at, Runnable task) {
        long delayMs = Math.max(0, at.toEpochMilli() - time.now().toEpochMilli());
        try {
            ScheduledFuture<?> future = timer.schedule(() -> Thread.ofVirtual().name("rookery-task").start(() -> run(task)), delayMs, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            // After close() the node is shutting down: work still in flight (a relay pass, a move
            // that re-arms a flag timer) may ask for a timer; it is dropped instead of failing that work.
            LOG.log(Level.DEBUG, "scheduler closed: a task due at {0} is dropped", at);
            return () -> {};
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "a scheduled task failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
