package org.rookery.domain.event;

import java.util.Objects;

/**
 * A game was called off without a result: by its creator while waiting for an opponent, or by
 * a player before both sides moved. Kept apart from {@link GameEnded} so that rating consumers
 * never see a game without a result. Immutable.
 */
public record GameAborted(String by, long whiteMs, long blackMs) implements GameEvent {
    public static final String TYPE = "GameAborted";
    public static final int SCHEMA_VERSION = 1;

    public GameAborted {
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
