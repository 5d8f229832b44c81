package org.rookery.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.LeaderboardStore;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.RatingWriteResult;
import org.rookery.ports.out.ResultKey;

/**
 * A seeded crowd of established players in one rating pool, as a rating service holds them after a
 * backfill: ratings normal around 1500 (sd 350), rating deviations 45 to 105 (below the provisional
 * 110, so everyone is on the leaderboard), 20 to 2,000 games, the last one within the 90 days
 * before {@link #NOW}. It fills a {@link RatingStore} (one seeding result per pair of players, so
 * each player's stored version is 1) and a {@link LeaderboardStore} (one placement each, version 1)
 * through their ports, as the rating service does. Immutable once built; the stores it fills are
 * the caller's.
 */
final class RatedCrowd {
    static final Instant NOW = Instant.parse("2025-03-01T20:00:00Z");
    static final RatingPool POOL = RatingPool.BLITZ;

    private final String[] ids;
    private final double[] ratings;
    private final double[] deviations;
    private final int[] games;
    private final long[] idleSeconds;

    RatedCrowd(int count, long seed) {
        if (count % 2 != 0) throw new IllegalArgumentException("an even number of players: they are seeded in pairs");
        SplittableRandom random = new SplittableRandom(seed);
        ids = new String[count];
        ratings = new double[count];
        deviations = new double[count];
        games = new int[count];
        idleSeconds = new long[count];
        long quarterOfAYear = Duration.ofDays(90).toSeconds();
        for (int i = 0; i < count; i++) {
            ids[i] = String.format("player-%07d", i);
            ratings[i] = 1500 + 350 * random.nextGaussian();
            deviations[i] = random.nextDouble(45, 105);
            games[i] = random.nextInt(20, 2_001);
            idleSeconds[i] = random.nextLong(quarterOfAYear);
        }
    }

    int size() {
        return ids.length;
    }

    String id(int player) {
        return ids[player];
    }

    double rating(int player) {
        return ratings[player];
    }

    private PlayerRating playerRating(int player) {
        return new PlayerRating(ratings[player], deviations[player], 0.06, games[player], NOW.minusSeconds(idleSeconds[player]));
    }

    /** Stores every player's rating, a pair of players per seeding result. */
    void fill(RatingStore store) {
        for (int i = 0; i < ids.length; i += 2) {
            RatingChange seeding = new RatingChange(new ResultKey("seed-" + i / 2, POOL), new RatedSide(ids[i], 0, playerRating(i)),
                    new RatedSide(ids[i + 1], 0, playerRating(i + 1)));
            if (store.apply(seeding) != RatingWriteResult.APPLIED) throw new IllegalStateException("seeding refused: " + seeding);
        }
    }

    /** Shows every player on the pool's board, in id order (the order of the crowd, not of ratings). */
    void fill(LeaderboardStore board) {
        for (int i = 0; i < ids.length; i++) board.place(POOL, ids[i], ratings[i], 1);
    }
}
