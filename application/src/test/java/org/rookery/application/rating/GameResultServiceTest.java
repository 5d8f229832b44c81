package org.rookery.application.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.RatingKit.START;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rookery.application.testkit.RatingKit;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.LegacyGameResult;
import org.rookery.ports.in.answer.LegacyResultAnswer;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.StoredRating;

/** Results arriving from the event stream and the legacy endpoint: once each, whatever the delivery. */
class GameResultServiceTest {
    private final RatingKit kit = new RatingKit();

    @Test
    void a_rated_result_changes_both_ratings_once_and_a_redelivery_changes_nothing() {
        EventEnvelope ended = kit.ended("g1", "alice", "bob", GameResult.WHITE_WINS, START);
        ResultRecording first = kit.services.results().record(ended);
        assertThat(first).isInstanceOfSatisfying(ResultRecording.Applied.class, applied -> {
            assertThat(applied.key()).isEqualTo(new ResultKey("g1", RatingPool.BLITZ));
            assertThat(applied.white().after().rating()).isGreaterThan(1500);
            assertThat(applied.black().after().rating()).isLessThan(1500);
        });
        Map<String, StoredRating> after = kit.blitzRatings();
        assertThat(kit.services.results().record(ended)).isEqualTo(new ResultRecording.AlreadyApplied(new ResultKey("g1", RatingPool.BLITZ)));
        assertThat(kit.blitzRatings()).isEqualTo(after);
        assertThat(after.get("alice").rating().gamesPlayed()).isEqualTo(1);
    }

    @Test
    void casual_games_and_other_events_are_not_rated() {
        assertThat(kit.services.results().record(kit.ended("g1", "alice", "bob", GameResult.DRAW, START, false)))
                .isEqualTo(new ResultRecording.NotRated("g1", ResultRecording.Reason.CASUAL));
        EventEnvelope created = org.rookery.ports.contract.SampleGames.events("g2", 0).getFirst();
        assertThat(kit.services.results().record(created)).isEqualTo(new ResultRecording.NotRated("g2", ResultRecording.Reason.NOT_A_RESULT));
        assertThat(kit.ratings.appliedCount()).isZero();
    }

    @Test
    void duplicated_and_shuffled_deliveries_apply_every_result_exactly_once() {
        List<EventEnvelope> season = kit.season("p", 12, 300, 7);
        List<EventEnvelope> deliveries = new ArrayList<>();
        Random random = new Random(11);
        for (EventEnvelope e : season) for (int copies = 1 + random.nextInt(3); copies > 0; copies--) deliveries.add(e);
        Collections.shuffle(deliveries, random);

        deliveries.forEach(kit.services.results()::record);

        assertThat(kit.ratings.appliedCount()).isEqualTo(300);
        Map<String, Integer> gamesOf = new HashMap<>();
        for (EventEnvelope e : season) {
            GameEnded g = (GameEnded) e.payload();
            gamesOf.merge(g.white(), 1, Integer::sum);
            gamesOf.merge(g.black(), 1, Integer::sum);
        }
        kit.blitzRatings().forEach((player, stored) -> assertThat(stored.rating().gamesPlayed()).as(player).isEqualTo(gamesOf.get(player)));
        Map<String, StoredRating> settled = kit.blitzRatings();
        Collections.shuffle(deliveries, random);
        deliveries.forEach(e -> assertThat(kit.services.results().record(e)).isInstanceOf(ResultRecording.AlreadyApplied.class));
        assertThat(kit.blitzRatings()).isEqualTo(settled);
    }

    @Test
    void interleaving_games_of_different_players_differently_gives_the_same_ratings() {
        List<EventEnvelope> leagueA = kit.season("a", 6, 80, 1), leagueB = kit.season("b", 6, 80, 2);
        List<EventEnvelope> oneAfterTheOther = new ArrayList<>(leagueA);
        oneAfterTheOther.addAll(leagueB);
        List<EventEnvelope> interleaved = new ArrayList<>();
        Random random = new Random(3);
        int a = 0, b = 0;
        while (a < leagueA.size() || b < leagueB.size()) {
            boolean takeA = b == leagueB.size() || a < leagueA.size() && random.nextBoolean();
            interleaved.add(takeA ? leagueA.get(a++) : leagueB.get(b++));
        }
        RatingKit other = new RatingKit();
        oneAfterTheOther.forEach(kit.services.results()::record);
        interleaved.forEach(other.services.results()::record);
        assertThat(other.blitzRatings()).isEqualTo(kit.blitzRatings()).hasSize(12);
    }

    @Test
    void the_same_result_through_the_event_and_the_legacy_path_applies_once_and_rates_alike() {
        EventEnvelope ended = kit.ended("g1", "alice", "bob", GameResult.BLACK_WINS, START);
        LegacyGameResult legacy = new LegacyGameResult("g1", "alice", "bob", "0-1", 180_000, 2_000, true, START.toEpochMilli());

        assertThat(kit.services.results().submit(legacy)).isInstanceOfSatisfying(LegacyResultAnswer.Recorded.class,
                r -> assertThat(r.recording()).isInstanceOf(ResultRecording.Applied.class));
        assertThat(kit.services.results().record(ended)).isInstanceOf(ResultRecording.AlreadyApplied.class);

        RatingKit eventFirst = new RatingKit();
        assertThat(eventFirst.services.results().record(ended)).isInstanceOf(ResultRecording.Applied.class);
        assertThat(eventFirst.services.results().submit(legacy))
                .isEqualTo(new LegacyResultAnswer.Recorded(new ResultRecording.AlreadyApplied(new ResultKey("g1", RatingPool.BLITZ))));

        assertThat(kit.blitzRatings()).isEqualTo(eventFirst.blitzRatings());
        assertThat(kit.ratings.appliedCount()).isEqualTo(1);
    }

    @Test
    void the_legacy_endpoint_is_gone_from_its_deprecation_date() {
        LegacyGameResult legacy = new LegacyGameResult("g1", "alice", "bob", "1-0", 180_000, 2_000, true, START.toEpochMilli());
        kit.time.advance(Duration.between(START, RatingKit.LEGACY_GONE_AT).minusMillis(1));
        assertThat(kit.services.results().submit(legacy)).isInstanceOf(LegacyResultAnswer.Recorded.class);
        kit.time.advanceMillis(1);
        assertThat(kit.services.results().submit(legacy)).isEqualTo(new LegacyResultAnswer.Gone(RatingKit.LEGACY_GONE_AT));
        assertThat(kit.services.results().submit(new LegacyGameResult(null, null, null, null, 0, 0, true, 0)))
                .as("gone comes before validation").isInstanceOf(LegacyResultAnswer.Gone.class);
    }

    @Test
    void invalid_legacy_results_are_refused_with_the_reason_and_change_nothing() {
        long at = START.toEpochMilli();
        Set<String> messages = new HashSet<>();
        for (LegacyGameResult bad : List.of(
                new LegacyGameResult(" ", "alice", "bob", "1-0", 180_000, 0, true, at),
                new LegacyGameResult("g1", "alice", null, "1-0", 180_000, 0, true, at),
                new LegacyGameResult("g1", "alice", "alice", "1-0", 180_000, 0, true, at),
                new LegacyGameResult("g1", "alice", "bob", "2-0", 180_000, 0, true, at),
                new LegacyGameResult("g1", "alice", "bob", "1-0", 0, 0, true, at),
                new LegacyGameResult("g1", "alice", "bob", "1-0", 180_000, 0, true, 0))) {
            LegacyResultAnswer answer = kit.services.results().submit(bad);
            assertThat(answer).as(bad.toString()).isInstanceOf(LegacyResultAnswer.Invalid.class);
            messages.add(((LegacyResultAnswer.Invalid) answer).message());
        }
        assertThat(messages).as("each problem is named").hasSize(6);
        assertThat(kit.ratings.appliedCount()).isZero();
        assertThatThrownBy(() -> kit.services.queries().ratingsOf(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
