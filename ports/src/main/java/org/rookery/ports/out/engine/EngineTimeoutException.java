package org.rookery.ports.out.engine;

import java.time.Duration;

/**
 * Thrown when no answer came within the time allowed (the request's timeout or its tier's
 * budget), whether the request was still queued or its engine hung. Immutable.
 */
public final class EngineTimeoutException extends EngineException {
    private static final long serialVersionUID = 1L;
    private final Duration allowed;

    public EngineTimeoutException(Duration allowed, String detail) {
        super("no engine answer within " + allowed.toMillis() + " ms: " + detail, null);
        this.allowed = allowed;
    }

    /** The time the request was allowed. */
    public Duration allowed() {
        return allowed;
    }
}
