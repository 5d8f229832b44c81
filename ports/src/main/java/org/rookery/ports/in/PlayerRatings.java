package org.rookery.ports.in;

import java.util.List;
import java.util.Objects;

/** A player's standings, one per pool they played a rated game in, in pool order (empty for a newcomer). Immutable. */
public record PlayerRatings(String playerId, List<PoolStanding> pools) {
    public PlayerRatings {
        Objects.requireNonNull(playerId, "playerId");
        pools = List.copyOf(pools);
    }
}
