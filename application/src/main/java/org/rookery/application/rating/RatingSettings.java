package org.rookery.application.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.rookery.domain.rating.GlickoConfig;

/**
 * Tuning of the rating service. Immutable.
 *
 * @param glicko                  the Glicko-2 parameters
 * @param leaderboardMaxDeviation a player shows on a pool's leaderboard while their RD after their
 *                                last game is at most this (the provisional threshold, 110, by default)
 * @param legacyResultsGoneAt     from this instant the legacy results endpoint answers Gone
 * @param writeAttempts           how often a result is recomputed when a concurrent update of a
 *                                player made it stale, before giving up
 * @param backfillBatchSize       log events a backfill reads per scheduled step
 * @param backfillPause           the pause between two backfill steps (zero: none), which leaves
 *                                room to live traffic
 */
public record RatingSettings(GlickoConfig glicko, double leaderboardMaxDeviation, Instant legacyResultsGoneAt,
        int writeAttempts, int backfillBatchSize, Duration backfillPause) {

    public RatingSettings {
        Objects.requireNonNull(glicko, "glicko");
        Objects.requireNonNull(legacyResultsGoneAt, "legacyResultsGoneAt");
        Objects.requireNonNull(backfillPause, "backfillPause");
        if (!(leaderboardMaxDeviation > 0)) throw new IllegalArgumentException("leaderboardMaxDeviation must be positive");
        if (writeAttempts < 1) throw new IllegalArgumentException("writeAttempts must be positive");
        if (backfillBatchSize < 1) throw new IllegalArgumentException("backfillBatchSize must be positive");
        if (backfillPause.isNegative()) throw new IllegalArgumentException("backfillPause must not be negative");
    }

    /** Lichess-like Glicko-2, established ratings on the boards, 16 write attempts, batches of 1 000 without pause. */
    public static RatingSettings defaults(Instant legacyResultsGoneAt) {
        GlickoConfig glicko = GlickoConfig.defaults();
        return new RatingSettings(glicko, glicko.provisionalDeviation(), legacyResultsGoneAt, 16, 1_000, Duration.ZERO);
    }

    public RatingSettings withLeaderboardMaxDeviation(double maxDeviation) {
        return new RatingSettings(glicko, maxDeviation, legacyResultsGoneAt, writeAttempts, backfillBatchSize, backfillPause);
    }

    public RatingSettings withBackfill(int batchSize, Duration pause) {
        return new RatingSettings(glicko, leaderboardMaxDeviation, legacyResultsGoneAt, writeAttempts, batchSize, pause);
    }
}
