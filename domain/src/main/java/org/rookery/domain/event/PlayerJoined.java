package org.rookery.domain.event;

import java.util.Objects;
import org.rookery.domain.chess.Color;

/** The second player took the free colour; the game starts and the clock runs. Immutable. */
public record PlayerJoined(String userId, Color color) implements GameEvent {
    public static final String TYPE = "PlayerJoined";
    public static final int SCHEMA_VERSION = 1;

    public PlayerJoined {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(color, "color");
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
