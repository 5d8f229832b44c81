package org.rookery.ports.out;

import java.time.Instant;

/**
 * Runs a task at (or soon after) an instant of the application's {@link TimeSource}: how the
 * application notices a flag when nobody sends a command. Implementations are thread-safe; tasks
 * may run on any thread.
 */
public interface Scheduler {

    /** Schedules the task; an instant in the past means as soon as possible. */
    Cancellable schedule(Instant at, Runnable task);

    /** A scheduled task's handle. Thread-safe; cancelling twice, or after the task ran, does nothing. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
