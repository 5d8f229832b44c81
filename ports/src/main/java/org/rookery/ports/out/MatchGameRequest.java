package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.clock.TimeControl;

/** The game a match needs: who plays White and Black, the clock, rated or not; keyed by the match. Immutable. */
public record MatchGameRequest(String matchId, String white, String black, TimeControl timeControl, boolean rated) {
    public MatchGameRequest {
        if (matchId == null || matchId.isBlank()) throw new IllegalArgumentException("matchId must not be blank");
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        Objects.requireNonNull(timeControl, "timeControl");
        if (white.equals(black)) throw new IllegalArgumentException("a match needs two players");
    }
}
