package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.rating.PlayerRating;

/**
 * A player's rating in one pool as stored, with the version that optimistic writes compare
 * (1 for the first stored rating, one more per update). Immutable.
 */
public record StoredRating(PlayerRating rating, long version) {
    public StoredRating {
        Objects.requireNonNull(rating, "rating");
        if (version < 1) throw new IllegalArgumentException("a stored rating has version 1 or more, got " + version);
    }
}
