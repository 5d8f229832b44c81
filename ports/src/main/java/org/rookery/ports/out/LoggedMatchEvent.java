package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.event.MatchEnvelope;

/** A matchmaking event with its position in the match log (1 for the first event ever appended). Immutable. */
public record LoggedMatchEvent(long position, MatchEnvelope event) {
    public LoggedMatchEvent {
        if (position < 1) throw new IllegalArgumentException("positions start at 1, got " + position);
        Objects.requireNonNull(event, "event");
    }
}
