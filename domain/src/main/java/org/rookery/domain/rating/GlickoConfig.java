package org.rookery.domain.rating;

import java.time.Duration;

/**
 * The parameters of the Glicko-2 calculator; immutable.
 *
 * @param tau                  τ, how much volatility may change per period (Glickman suggests
 *                             0.3 to 1.2; Lichess uses 0.75)
 * @param initialRating        the rating of a newcomer (1500)
 * @param maxDeviation         the RD of a newcomer and the ceiling RD never exceeds (350)
 * @param initialVolatility    the volatility σ of a newcomer (0.06)
 * @param convergenceTolerance ε, when the volatility iteration stops (0.000001)
 * @param ratingPeriod         the length of one rating period, the unit in which inactivity grows
 *                             the RD (Lichess: 0.21436 periods a day, about 4.67 days)
 * @param provisionalDeviation a rating whose RD is above this is provisional (Lichess: 110)
 */
public record GlickoConfig(double tau, double initialRating, double maxDeviation, double initialVolatility,
        double convergenceTolerance, Duration ratingPeriod, double provisionalDeviation) {

    /** Lichess's rating period: 0.21436 periods a day, i.e. 403 061 s. */
    public static final Duration LICHESS_RATING_PERIOD = Duration.ofSeconds(Math.round(86_400 / 0.21436));

    public GlickoConfig {
        InvalidRatingException.positive(tau, "tau");
        InvalidRatingException.finite(initialRating, "initial rating");
        InvalidRatingException.positive(maxDeviation, "maximum deviation");
        InvalidRatingException.positive(initialVolatility, "initial volatility");
        InvalidRatingException.positive(convergenceTolerance, "convergence tolerance");
        if (ratingPeriod == null || !ratingPeriod.isPositive()) {
            throw new InvalidRatingException("rating period must be a positive duration, was " + ratingPeriod);
        }
        InvalidRatingException.positive(provisionalDeviation, "provisional deviation");
    }

    /** τ 0.75, 1500 / 350 / 0.06, ε 0.000001, Lichess's rating period, provisional above RD 110. */
    public static GlickoConfig defaults() {
        return new GlickoConfig(0.75, 1500, 350, 0.06, 0.000001, LICHESS_RATING_PERIOD, 110);
    }

    public GlickoConfig withTau(double newTau) {
        return new GlickoConfig(newTau, initialRating, maxDeviation, initialVolatility, convergenceTolerance,
                ratingPeriod, provisionalDeviation);
    }

    public GlickoConfig withRatingPeriod(Duration newRatingPeriod) {
        return new GlickoConfig(tau, initialRating, maxDeviation, initialVolatility, convergenceTolerance,
                newRatingPeriod, provisionalDeviation);
    }

    /** The rating of someone who has never played: initial rating, maximum RD, initial volatility. */
    public PlayerRating newcomer() {
        return PlayerRating.unplayed(initialRating, maxDeviation, initialVolatility);
    }
}
