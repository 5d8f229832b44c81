package org.rookery.application.relay;

import java.time.Duration;
import java.util.Objects;

/** How far a relay is behind its log: events not yet checkpointed, and how old the oldest of them is. Immutable. */
public record RelayLag(long events, Duration oldest) {
    public static final RelayLag NONE = new RelayLag(0, Duration.ZERO);

    public RelayLag {
        if (events < 0) throw new IllegalArgumentException("lag cannot be negative");
        Objects.requireNonNull(oldest, "oldest");
    }
}
