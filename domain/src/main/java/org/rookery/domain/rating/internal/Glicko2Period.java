package org.rookery.domain.rating.internal;

import java.util.List;

/**
 * One Glicko-2 rating-period update, step by step as in Glickman's "Example of the Glicko-2
 * system" (2013), on the Glicko-2 scale (μ, φ, σ); immutable and thread-safe.
 *
 * <p>The only departure from the paper is a parameter: step 6 adds {@code elapsedPeriods × σ'²}
 * to φ² instead of exactly one period's σ'², so that a single game can be its own, shorter or
 * longer, rating period; with {@code elapsedPeriods = 1} this is the published algorithm. φ* is
 * capped at the maximum deviation.
 */
public final class Glicko2Period {

    /** Glickman's factor between the Glicko and the Glicko-2 scale. */
    public static final double SCALE = 173.7178;
    /** The Glicko rating that is 0 on the Glicko-2 scale. */
    public static final double CENTRE = 1500;

    /** Keeps E away from exactly 0 or 1, where v would be infinite; acts only on gaps of thousands of points. */
    private static final double EXPECTED_SCORE_MARGIN = 1e-12;

    private final double tau;
    private final double tolerance;
    private final double maxPhi;

    /** A calculator with volatility constraint τ, convergence tolerance ε and RD ceiling φ<sub>max</sub>. */
    public Glicko2Period(double tau, double tolerance, double maxPhi) {
        this.tau = tau;
        this.tolerance = tolerance;
        this.maxPhi = maxPhi;
    }

    /** One game of the period on the Glicko-2 scale: the opponent's μ<sub>j</sub>, φ<sub>j</sub> and the score s<sub>j</sub>; immutable. */
    public record Opponent(double mu, double phi, double score) {
    }

    /**
     * Everything the update computes: the estimated variance v (step 3), the improvement Δ (step 4),
     * the new volatility σ' (step 5), the pre-period deviation φ* (step 6) and the new φ' and μ'
     * (step 7); immutable.
     */
    public record Result(double variance, double improvement, double volatility, double preRatingDeviation,
            double deviation, double rating) {
    }

    public static double toMu(double rating) {
        return (rating - CENTRE) / SCALE;
    }

    public static double toPhi(double deviation) {
        return deviation / SCALE;
    }

    public static double toRating(double mu) {
        return SCALE * mu + CENTRE;
    }

    public static double toDeviation(double phi) {
        return SCALE * phi;
    }

    /** g(φ) = 1 / √(1 + 3φ²/π²): how much an opponent's uncertainty dampens a result. */
    public static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    /** E(μ, μ<sub>j</sub>, φ<sub>j</sub>) = 1 / (1 + exp(−g(φ<sub>j</sub>)(μ − μ<sub>j</sub>))): the expected score. */
    public static double expectedScore(double mu, double opponentMu, double opponentPhi) {
        double e = 1 / (1 + Math.exp(-g(opponentPhi) * (mu - opponentMu)));
        return Math.min(Math.max(e, EXPECTED_SCORE_MARGIN), 1 - EXPECTED_SCORE_MARGIN);
    }

    /** Steps 3 to 7 for a player who played at least one game in the period. */
    public Result rate(double mu, double phi, double sigma, List<Opponent> games, double elapsedPeriods) {
        if (games.isEmpty()) {
            throw new IllegalArgumentException("a rated period needs at least one game; use grow() for none");
        }
        double information = 0;
        double scoreSurplus = 0;
        for (Opponent game : games) {
            double g = g(game.phi());
            double e = expectedScore(mu, game.mu(), game.phi());
            information += g * g * e * (1 - e);
            scoreSurplus += g * (game.score() - e);
        }
        double v = 1 / information;
        double delta = v * scoreSurplus;
        double newSigma = VolatilityIteration.solve(phi, sigma, v, delta, tau, tolerance);
        double phiStar = grow(phi, newSigma, elapsedPeriods);
        double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * scoreSurplus;
        return new Result(v, delta, newSigma, phiStar, newPhi, newMu);
    }

    /** √(φ² + n·σ²), capped at the maximum: the deviation after n rating periods without a game. */
    public double grow(double phi, double sigma, double periods) {
        return Math.min(Math.sqrt(phi * phi + periods * sigma * sigma), maxPhi);
    }
}
