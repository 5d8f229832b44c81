package org.rookery.domain.event;

import java.util.Objects;
import org.rookery.domain.chess.Color;

/** The player who received a draw offer declined it. Immutable. */
public record DrawDeclined(Color by) implements GameEvent {
    public static final String TYPE = "DrawDeclined";
    public static final int SCHEMA_VERSION = 1;

    public DrawDeclined {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
