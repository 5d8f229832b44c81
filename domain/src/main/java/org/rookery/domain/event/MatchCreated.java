package org.rookery.domain.event;

import java.util.Objects;
import org.rookery.domain.clock.TimeControl;

/**
 * Matchmaking paired two players and their game now exists: published on
 * {@code matchmaking.matches} once per match, after the game was created. Its envelope's
 * {@code gameId} is that game and its {@code seq} is 1 (a match has this one event; it never
 * enters the game's own log). Ratings are the ones the players were paired by. Immutable.
 */
public record MatchCreated(String matchId, String white, String black, TimeControl timeControl, boolean rated,
        double whiteRating, double blackRating, long pairedAtMs) implements GameEvent {
    public static final String TYPE = "MatchCreated";
    public static final int SCHEMA_VERSION = 1;

    public MatchCreated {
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        Objects.requireNonNull(timeControl, "timeControl");
        if (white.equals(black)) throw new IllegalArgumentException("a match needs two players");
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
