package org.rookery.ports.in;

import java.util.Objects;
import org.rookery.domain.rating.PlayerRating;

/** One player's rating before and after a rated result. Immutable. */
public record RatingUpdate(String playerId, PlayerRating before, PlayerRating after) {
    public RatingUpdate {
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
