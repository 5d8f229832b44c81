package org.rookery.application.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rookery.domain.rating.GlickoCalculator;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.GetLeaderboardUseCase;
import org.rookery.ports.in.GetRatingsUseCase;
import org.rookery.ports.in.LeaderboardPage;
import org.rookery.ports.in.LeaderboardQuery;
import org.rookery.ports.in.PlayerRatings;
import org.rookery.ports.in.PoolStanding;
import org.rookery.ports.out.LeaderboardStore;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.StoredRating;
import org.rookery.ports.out.TimeSource;

/**
 * Answers rating reads: a player's standing in each pool (RD and provisional flag as of now,
 * rank on the board) and leaderboard pages, straight from the stores. Thread-safe.
 */
public final class RatingQueryService implements GetRatingsUseCase, GetLeaderboardUseCase {
    private final RatingStore ratings;
    private final LeaderboardStore leaderboard;
    private final TimeSource time;
    private final GlickoCalculator calculator;

    RatingQueryService(RatingStore ratings, LeaderboardStore leaderboard, TimeSource time, RatingSettings settings) {
        this.ratings = ratings;
        this.leaderboard = leaderboard;
        this.time = time;
        this.calculator = new GlickoCalculator(settings.glicko());
    }

    @Override
    public PlayerRatings ratingsOf(String playerId) {
        if (playerId == null || playerId.isBlank()) throw new IllegalArgumentException("playerId must not be blank");
        Instant now = time.now();
        List<PoolStanding> standings = new ArrayList<>();
        for (Map.Entry<RatingPool, StoredRating> e : new TreeMap<>(ratings.findAll(playerId)).entrySet()) {
            PlayerRating stored = e.getValue().rating();
            PlayerRating asOfNow = calculator.asOf(stored, now);
            standings.add(new PoolStanding(e.getKey(), stored.rating(), asOfNow.deviation(), stored.volatility(),
                    stored.gamesPlayed(), stored.lastPlayed(), calculator.isProvisional(stored, now),
                    leaderboard.rankOf(e.getKey(), playerId)));
        }
        return new PlayerRatings(playerId, standings);
    }

    @Override
    public LeaderboardPage leaderboard(LeaderboardQuery query) {
        return new LeaderboardPage(query.pool(), query.offset(), leaderboard.size(query.pool()),
                leaderboard.page(query.pool(), query.offset(), query.limit()));
    }
}
