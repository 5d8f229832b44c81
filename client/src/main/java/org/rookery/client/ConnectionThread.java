package org.rookery.client;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread a {@link LiveGame} runs its connection logic and listener calls on: tasks run
 * one at a time in the order posted, timers on the same thread. Thread-safe: anyone may post.
 */
final class ConnectionThread {
    private final ScheduledThreadPoolExecutor executor;
    private volatile Thread thread;

    ConnectionThread(String name) {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true); // a forgotten live game must not keep the JVM alive
            thread = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code task} on the thread; once the thread has stopped, runs {@code ifStopped} here instead. */
    void post(Runnable task, Runnable ifStopped) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopped) {
            ifStopped.run();
        }
    }

    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    ScheduledFuture<?> every(Duration period, Runnable task) {
        return executor.scheduleAtFixedRate(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** Stops taking tasks; those already posted still run. */
    void stop() {
        executor.shutdown();
    }

    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
