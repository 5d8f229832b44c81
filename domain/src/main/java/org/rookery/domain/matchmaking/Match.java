package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;

/**
 * Two players paired for a game: the pool, who plays White and who Black, their ratings and how
 * long each waited; immutable.
 *
 * @param pool         the pool they were paired in
 * @param white        the player with the white pieces
 * @param black        the player with the black pieces
 * @param whiteRating  White's rating when paired
 * @param blackRating  Black's rating when paired
 * @param whiteWaited  how long White waited
 * @param blackWaited  how long Black waited
 * @param pairedAt     when the wave paired them
 */
public record Match(MatchPool pool, PlayerId white, PlayerId black, double whiteRating, double blackRating,
        Duration whiteWaited, Duration blackWaited, Instant pairedAt) {

    public Match {
        InvalidMatchmakingException.present(pool, "pool");
        InvalidMatchmakingException.present(white, "white player");
        InvalidMatchmakingException.present(black, "black player");
        InvalidMatchmakingException.requireValue(!white.equals(black), "a player cannot be paired with themselves", white);
        InvalidMatchmakingException.finite(whiteRating, "White's rating");
        InvalidMatchmakingException.finite(blackRating, "Black's rating");
        InvalidMatchmakingException.require(whiteWaited != null && !whiteWaited.isNegative(), "White's waiting time must not be negative");
        InvalidMatchmakingException.require(blackWaited != null && !blackWaited.isNegative(), "Black's waiting time must not be negative");
        InvalidMatchmakingException.present(pairedAt, "pairing instant");
    }

    /** The rating difference between the two players, ≥ 0. */
    public double ratingGap() {
        return Math.abs(whiteRating - blackRating);
    }

    public boolean involves(PlayerId player) {
        return white.equals(player) || black.equals(player);
    }
}
