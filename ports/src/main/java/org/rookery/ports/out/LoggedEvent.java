package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.event.EventEnvelope;

/** An event with its position in the log's global order (1 for the first event ever appended). Immutable. */
public record LoggedEvent(long position, EventEnvelope event) {
    public LoggedEvent {
        if (position < 1) throw new IllegalArgumentException("positions start at 1, got " + position);
        Objects.requireNonNull(event, "event");
    }
}
