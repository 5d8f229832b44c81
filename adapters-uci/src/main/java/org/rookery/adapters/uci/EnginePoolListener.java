package org.rookery.adapters.uci;

import java.time.Duration;
import org.rookery.ports.out.engine.SlaTier;

/**
 * Hooks through which the engine pool reports what it does, for metrics: requests queued and
 * refused, the wait before an engine took each one, how each ended, engines replaced. Called on
 * the pool's threads and the callers' threads, so implementations must be thread-safe and fast.
 */
public interface EnginePoolListener {
    /** A listener that ignores everything. */
    EnginePoolListener NONE = new EnginePoolListener() {};

    /** How a request ended. */
    enum Outcome {
        ANSWERED,
        TIMED_OUT,
        FAILED,
        /** Its deadline passed while it waited in its queue; no engine worked on it. */
        EXPIRED_IN_QUEUE
    }

    /** Why an engine process was killed and replaced. */
    enum Replacement {
        CRASHED,
        HUNG,
        MISBEHAVED,
        START_FAILED
    }

    default void queued(SlaTier tier, int queueLength) {}

    default void rejected(SlaTier tier) {}

    /** An engine took the request after it waited {@code waited} in its queue. */
    default void started(SlaTier tier, Duration waited) {}

    /** The request ended, {@code took} after it was queued. */
    default void finished(SlaTier tier, Outcome outcome, Duration took) {}

    default void engineReplaced(String engine, Replacement reason) {}
}
