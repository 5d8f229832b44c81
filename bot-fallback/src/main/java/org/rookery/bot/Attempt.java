package org.rookery.bot;

import java.util.Objects;

/** What a guarded call gave: its value, or why there is none. Immutable. */
sealed interface Attempt<T> permits Attempt.Success, Attempt.Failure {

    /** Why a guarded call gave nothing. */
    enum Kind {
        TIMED_OUT,
        BREAKER_OPEN,
        BULKHEAD_FULL,
        FAILED
    }

    record Success<T>(T value) implements Attempt<T> {}

    /** {@code cause} is the dependency's own exception for FAILED, else null. */
    record Failure<T>(Kind kind, String reason, Throwable cause) implements Attempt<T> {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
