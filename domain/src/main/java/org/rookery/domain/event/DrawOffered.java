package org.rookery.domain.event;

import java.util.Objects;
import org.rookery.domain.chess.Color;

/** A player offered a draw; it stands until accepted, declined, or the opponent moves. Immutable. */
public record DrawOffered(Color by) implements GameEvent {
    public static final String TYPE = "DrawOffered";
    public static final int SCHEMA_VERSION = 1;

    public DrawOffered {
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
