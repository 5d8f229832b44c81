package org.rookery.domain.rating;

import java.time.Instant;
import java.util.Optional;

/**
 * One player's Glicko-2 rating in one pool: rating, rating deviation (RD) and volatility on the
 * Glicko scale (1500-centred), with the number of rated games and when the last one was played;
 * immutable.
 *
 * @param rating      the rating, a finite number
 * @param deviation   the rating deviation (RD), positive
 * @param volatility  the volatility σ, positive
 * @param gamesPlayed rated games counted so far, ≥ 0
 * @param lastPlayed  when the last rated game was played; {@code null} exactly when no game was
 *                    played yet
 */
public record PlayerRating(double rating, double deviation, double volatility, int gamesPlayed, Instant lastPlayed) {

    public PlayerRating {
        InvalidRatingException.finite(rating, "rating");
        InvalidRatingException.positive(deviation, "rating deviation");
        InvalidRatingException.positive(volatility, "volatility");
        InvalidRatingException.nonNegative(gamesPlayed, "games played");
        if ((gamesPlayed == 0) != (lastPlayed == null)) {
            throw new InvalidRatingException("last played must be given exactly when games were played (games played: "
                    + gamesPlayed + ", last played: " + lastPlayed + ")");
        }
    }

    /** A rating for someone who has played no rated game yet. */
    public static PlayerRating unplayed(double rating, double deviation, double volatility) {
        return new PlayerRating(rating, deviation, volatility, 0, null);
    }

    /** When the last rated game was played, or empty if none was. */
    public Optional<Instant> lastPlayedAt() {
        return Optional.ofNullable(lastPlayed);
    }

    /** This rating with another deviation and nothing else changed. */
    public PlayerRating withDeviation(double newDeviation) {
        return new PlayerRating(rating, newDeviation, volatility, gamesPlayed, lastPlayed);
    }
}
