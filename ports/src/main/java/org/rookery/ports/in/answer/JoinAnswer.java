package org.rookery.ports.in.answer;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.rookery.domain.matchmaking.JoinOutcome;

/** The answer to a join: waiting (joined, switched pools, or already there), or rejected with when to try again. Immutable. */
public sealed interface JoinAnswer {

    /** The player waits in the pool asked for; the domain outcome says how they got there. */
    record Waiting(JoinOutcome outcome) implements JoinAnswer {
        public Waiting {
            Objects.requireNonNull(outcome, "outcome");
            if (!outcome.waiting()) throw new IllegalArgumentException(outcome + " is a rejection");
        }
    }

    /** Not queued (HTTP 429, 503 or 409 by reason, with {@code Retry-After}); trying again before {@code retryAfter} is pointless. */
    record Rejected(Reason reason, Duration retryAfter) implements JoinAnswer {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (!retryAfter.isPositive()) throw new IllegalArgumentException("retryAfter must be positive");
        }
    }

    /** Why a join was rejected; {@link #code()} is the machine code of the problem details. */
    enum Reason {
        /** The player joined less than the join interval ago. */
        RATE_LIMITED,
        /** The queue holds its capacity of players. */
        QUEUE_FULL,
        /** The player's last match still waits for its game. */
        MATCH_PENDING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
