package org.rookery.ports.out;

import java.util.Objects;

/** The effect of one rated result: both players' new ratings in the key's pool, written together with the key. Immutable. */
public record RatingChange(ResultKey key, RatedSide white, RatedSide black) {
    public RatingChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        if (white.playerId().equals(black.playerId())) throw new IllegalArgumentException("a player cannot play themselves");
    }
}
