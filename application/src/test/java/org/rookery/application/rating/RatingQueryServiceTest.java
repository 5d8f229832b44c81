package org.rookery.application.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.RatingKit.START;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rookery.application.rating.RatingSettings;
import org.rookery.application.testkit.RatingKit;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.InvalidLeaderboardQueryException;
import org.rookery.ports.in.LeaderboardPage;
import org.rookery.ports.in.LeaderboardQuery;
import org.rookery.ports.in.PlayerRatings;
import org.rookery.ports.in.PoolStanding;
import org.rookery.ports.out.LeaderboardEntry;
import org.rookery.ports.out.StoredRating;

/** Reads: a player's standings and the leaderboards materialized on every update. */
class RatingQueryServiceTest {

    @Test
    void the_leaderboard_follows_every_update_and_matches_the_stored_ratings() {
        RatingKit kit = new RatingKit(RatingSettings.defaults(RatingKit.LEGACY_GONE_AT).withLeaderboardMaxDeviation(350));
        kit.season("p", 30, 400, 5).forEach(kit.services.results()::record);

        LeaderboardPage page = kit.services.queries().leaderboard(new LeaderboardQuery(RatingPool.BLITZ, 0, 50));

        List<Map.Entry<String, StoredRating>> expected = kit.blitzRatings().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, StoredRating>>comparingDouble(e -> -e.getValue().rating().rating())
                        .thenComparing(Map.Entry::getKey)).toList();
        assertThat(page.total()).isEqualTo(30);
        assertThat(page.entries()).extracting(LeaderboardEntry::playerId).containsExactlyElementsOf(expected.stream().map(Map.Entry::getKey).toList());
        assertThat(page.entries()).allSatisfy(row -> assertThat(row.rating()).isEqualTo(kit.blitzRatings().get(row.playerId()).rating().rating()));
        LeaderboardEntry tenth = page.entries().get(9);
        assertThat(kit.services.queries().ratingsOf(tenth.playerId()).pools().getFirst().rank()).hasValue(10);
        assertThat(kit.services.queries().leaderboard(new LeaderboardQuery(RatingPool.BLITZ, 10, 5)).entries())
                .isEqualTo(page.entries().subList(10, 15));
    }

    @Test
    void provisional_ratings_stay_off_the_board_by_default_until_established() {
        RatingKit kit = new RatingKit();
        kit.services.results().record(kit.ended("g1", "alice", "bob", GameResult.WHITE_WINS, START));
        assertThat(kit.services.queries().leaderboard(new LeaderboardQuery(RatingPool.BLITZ, 0, 10)).entries()).isEmpty();
        for (int i = 2; i <= 40; i++) {
            kit.services.results().record(kit.ended("g" + i, i % 2 == 0 ? "alice" : "bob", i % 2 == 0 ? "bob" : "alice",
                    GameResult.DRAW, START.plus(Duration.ofMinutes(i))));
        }
        PlayerRatings alice = kit.services.queries().ratingsOf("alice");
        assertThat(alice.pools()).singleElement().satisfies(s -> {
            assertThat(s.provisional()).isFalse();
            assertThat(s.rank()).hasValue(1);
        });
    }

    @Test
    void a_players_standing_shows_rd_and_provisional_flag_as_of_now() {
        RatingKit kit = new RatingKit();
        for (int i = 1; i <= 40; i++) {
            kit.services.results().record(kit.ended("g" + i, "alice", "bob", GameResult.DRAW, START.plus(Duration.ofMinutes(i))));
        }
        PoolStanding now = kit.services.queries().ratingsOf("alice").pools().getFirst();
        assertThat(now.pool()).isEqualTo(RatingPool.BLITZ);
        assertThat(now.gamesPlayed()).isEqualTo(40);
        assertThat(now.provisional()).isFalse();
        kit.time.advance(Duration.ofDays(3 * 365));
        PoolStanding later = kit.services.queries().ratingsOf("alice").pools().getFirst();
        assertThat(later.rating()).isEqualTo(now.rating());
        assertThat(later.deviation()).isGreaterThan(now.deviation());
        assertThat(later.provisional()).as("three idle years make a rating provisional again").isTrue();
        assertThat(kit.services.queries().ratingsOf("nobody").pools()).isEmpty();
    }

    @Test
    void an_out_of_range_page_request_names_the_field() {
        assertThatThrownBy(() -> new LeaderboardQuery(RatingPool.BLITZ, 0, 0))
                .isInstanceOfSatisfying(InvalidLeaderboardQueryException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new LeaderboardQuery(RatingPool.BLITZ, -1, 10))
                .isInstanceOfSatisfying(InvalidLeaderboardQueryException.class, e -> assertThat(e.field()).isEqualTo("offset"));
        assertThatThrownBy(() -> new LeaderboardQuery(null, 0, 10))
                .isInstanceOfSatisfying(InvalidLeaderboardQueryException.class, e -> assertThat(e.field()).isEqualTo("pool"));
    }
}
