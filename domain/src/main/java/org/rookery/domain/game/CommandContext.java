package org.rookery.domain.game;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.rookery.domain.event.EventIdSource;

/**
 * Who issues a command, when (from a time source, truncated to milliseconds so that replayed
 * events give the same clocks), under which correlation id, and where event ids come from.
 * Immutable.
 */
public record CommandContext(String actor, Instant at, String correlationId, EventIdSource eventIds) {
    /** The actor of commands nobody typed: the flag timer. */
    public static final String SYSTEM = "system";

    public CommandContext {
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("actor must not be blank");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(eventIds, "eventIds");
        if (at.getNano() % 1_000_000 != 0) at = at.truncatedTo(ChronoUnit.MILLIS);
        if (correlationId == null) correlationId = "";
    }

    public long atMillis() {
        return at.toEpochMilli();
    }
}
