package org.rookery.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.rookery.domain.clock.TimeControl;

/**
 * Matchmaking paired two players and their game now exists: published once per match on
 * matchmaking's own stream ({@code matchmaking.matches}), under the match id, never in a game's
 * log. {@code whiteRating}/{@code blackRating} are the ratings the players were paired by;
 * {@code createdAt} is when the game was created for the match. Immutable.
 */
public record MatchCreated(String matchId, String whitePlayerId, String blackPlayerId, String gameId, TimeControl timeControl,
        boolean rated, double whiteRating, double blackRating, Instant createdAt) implements MatchmakingEvent {
    public static final String TYPE = "MatchCreated";
    public static final int SCHEMA_VERSION = 1;

    public MatchCreated {
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(whitePlayerId, "whitePlayerId");
        Objects.requireNonNull(blackPlayerId, "blackPlayerId");
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(timeControl, "timeControl");
        Objects.requireNonNull(createdAt, "createdAt");
        if (whitePlayerId.equals(blackPlayerId)) throw new IllegalArgumentException("a match needs two players");
        if (!Double.isFinite(whiteRating) || !Double.isFinite(blackRating)) throw new IllegalArgumentException("ratings must be finite");
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
