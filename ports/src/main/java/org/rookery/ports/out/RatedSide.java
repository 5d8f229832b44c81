package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.rating.PlayerRating;

/**
 * One player's part of a rating change: the version the change was computed from (0 when the
 * player had no rating in the pool) and the rating after the game. Immutable.
 */
public record RatedSide(String playerId, long expectedVersion, PlayerRating after) {
    public RatedSide {
        if (playerId == null || playerId.isBlank()) throw new IllegalArgumentException("playerId must not be blank");
        if (expectedVersion < 0) throw new IllegalArgumentException("expectedVersion must not be negative");
        Objects.requireNonNull(after, "after");
    }
}
