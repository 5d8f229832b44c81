package org.rookery.ports.in.answer;

import java.time.Duration;
import java.util.Objects;

/** Whether a rate-limited action may go ahead now, and if not, how long until it may. Immutable. */
public sealed interface Admission {
    /** The one admitted answer. */
    Admission ADMITTED = new Admitted();

    /** The action may go ahead (and has spent its permit). */
    record Admitted() implements Admission {}

    /** Too many such actions lately: trying again before {@code retryAfter} is pointless (HTTP 429 with Retry-After). */
    record Refused(Duration retryAfter) implements Admission {
        public Refused {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (!retryAfter.isPositive()) throw new IllegalArgumentException("retryAfter must be positive, got " + retryAfter);
        }
    }
}
