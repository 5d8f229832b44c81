package org.rookery.application.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rookery.application.rating.RatingSettings;
import org.rookery.application.testkit.RatingKit;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.BackfillProgress;
import org.rookery.ports.in.BackfillRequest;
import org.rookery.ports.in.LeaderboardQuery;
import org.rookery.ports.in.answer.BackfillStart;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.out.StoredRating;

/** Rebuilding ratings from the event log: the same ratings as the live path, idempotent, observable. */
class RatingBackfillTest {
    private final RatingKit rating = new RatingKit(RatingSettings.defaults(RatingKit.LEGACY_GONE_AT).withLeaderboardMaxDeviation(350));

    /** Plays real games on the rating kit's platform's live-game service, and feeds its bus to the rating consumer. */
    private void playSeason(int games, long seed) {
        var live = rating.platform;
        live.bus.subscribe(rating.services.results()::record);
        Random random = new Random(seed);
        for (int i = 0; i < games; i++) {
            int w = random.nextInt(10), b = (w + 1 + random.nextInt(9)) % 10;
            Actor white = new Actor("player" + w, "c" + i), black = new Actor("player" + b, "c" + i);
            boolean rated = random.nextInt(5) > 0;
            GameView game = accepted(live.live.create(white, GameSetup.standard(180_000, 2_000, ColorChoice.WHITE, rated)));
            accepted(live.live.join(game.gameId(), black));
            switch (random.nextInt(3)) {
                case 0 -> accepted(live.live.resign(game.gameId(), black));
                case 1 -> accepted(live.live.resign(game.gameId(), white));
                default -> {
                    accepted(live.live.offerDraw(game.gameId(), white));
                    accepted(live.live.acceptDraw(game.gameId(), black));
                }
            }
            live.manualTime.advance(Duration.ofMinutes(1 + random.nextInt(600)));
            if (i % 7 == 0) live.gameRelay.relay();
        }
        live.gameRelay.relay();
    }

    @Test
    void a_recalculation_from_the_log_yields_exactly_the_ratings_and_boards_of_the_live_path() {
        playSeason(150, 42);
        Map<String, StoredRating> live = rating.blitzRatings();
        var liveBoard = rating.services.queries().leaderboard(new LeaderboardQuery(RatingPool.BLITZ, 0, 50));
        long liveApplied = rating.ratings.appliedCount();
        assertThat(live).hasSize(10);

        assertThat(rating.services.backfill().start(BackfillRequest.recalculate())).isInstanceOf(BackfillStart.Started.class);
        assertThat(rating.blitzRatings()).as("a recalculation starts from nothing").isEmpty();
        rating.runBackfill(Duration.ofMillis(10));

        BackfillProgress done = rating.services.backfill().progress().orElseThrow();
        assertThat(done.state()).isEqualTo(BackfillProgress.State.COMPLETED);
        assertThat(done.resultsApplied()).isEqualTo(liveApplied);
        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isEqualTo(rating.log.endPosition());
        assertThat(rating.blitzRatings()).isEqualTo(live);
        assertThat(rating.services.queries().leaderboard(new LeaderboardQuery(RatingPool.BLITZ, 0, 50))).isEqualTo(liveBoard);

        rating.services.backfill().start(BackfillRequest.recalculate());
        rating.runBackfill(Duration.ofMillis(10));
        assertThat(rating.blitzRatings()).as("recalculating again changes nothing").isEqualTo(live);
    }

    @Test
    void progress_reports_events_done_total_rate_and_eta_while_running() {
        RatingKit kit = new RatingKit(RatingSettings.defaults(RatingKit.LEGACY_GONE_AT).withBackfill(10, Duration.ofSeconds(1)));
        List<EventEnvelope> season = kit.season("p", 8, 45, 9);
        for (int i = 0; i < season.size(); i++) kit.log.append(season.get(i).gameId(), 0, List.of(season.get(i)));
        assertThat(kit.services.backfill().progress()).isEmpty();

        BackfillStart start = kit.services.backfill().start(BackfillRequest.recalculate());
        assertThat(start.progress().eventsTotal()).isEqualTo(45);
        assertThat(start.progress().eta()).as("no rate yet").isEmpty();
        kit.scheduler.runDue(kit.time.now());
        kit.time.advance(Duration.ofSeconds(1));
        kit.scheduler.runDue(kit.time.now());

        BackfillProgress running = kit.services.backfill().progress().orElseThrow();
        assertThat(running.state()).isEqualTo(BackfillProgress.State.RUNNING);
        assertThat(running.eventsDone()).isEqualTo(20);
        assertThat(running.eventsPerSecond()).isEqualTo(20.0);
        assertThat(running.eta()).contains(Duration.ofMillis(1_250));
        assertThat(kit.services.backfill().start(BackfillRequest.recalculate())).isInstanceOf(BackfillStart.AlreadyRunning.class);

        kit.runBackfill(Duration.ofSeconds(1));
        BackfillProgress done = kit.services.backfill().progress().orElseThrow();
        assertThat(done.state()).isEqualTo(BackfillProgress.State.COMPLETED);
        assertThat(done.percentDone()).isEqualTo(100.0);
        assertThat(done.resultsApplied()).isEqualTo(45);
        assertThat(done.eta()).isEmpty();
    }

    @Test
    void results_arriving_during_a_recalculation_are_held_then_applied_once() {
        List<EventEnvelope> season = rating.season("p", 6, 30, 4);
        season.forEach(e -> rating.log.append(e.gameId(), 0, List.of(e)));
        season.forEach(rating.services.results()::record);
        rating.services.backfill().start(BackfillRequest.recalculate());

        EventEnvelope late = rating.ended("late", "p1", "p2", GameResult.WHITE_WINS, RatingKit.START.plus(Duration.ofDays(1)));
        rating.log.append("late", 0, List.of(late)); // the live path logs before it publishes
        assertThat(rating.services.results().record(late)).isInstanceOf(ResultRecording.Deferred.class);
        assertThat(rating.services.results().record(late)).as("a redelivery is held too").isInstanceOf(ResultRecording.Deferred.class);
        rating.runBackfill(Duration.ofMillis(10));

        assertThat(rating.ratings.appliedCount()).isEqualTo(31);
        RatingKit reference = new RatingKit();
        season.forEach(reference.services.results()::record);
        reference.services.results().record(late);
        assertThat(rating.blitzRatings()).isEqualTo(reference.blitzRatings());
        assertThat(rating.services.results().record(late)).as("the door is open again").isInstanceOf(ResultRecording.AlreadyApplied.class);
    }

    @Test
    void a_catch_up_applies_only_the_results_the_consumer_missed_since_the_given_instant() {
        List<EventEnvelope> season = rating.season("p", 6, 40, 8);
        season.forEach(e -> rating.log.append(e.gameId(), 0, List.of(e)));
        for (int i = 0; i < season.size(); i++) if (i % 4 != 3) rating.services.results().record(season.get(i));
        Instant since = season.get(20).occurredAt();

        rating.services.backfill().start(BackfillRequest.catchUpSince(since));
        rating.runBackfill(Duration.ofMillis(10));

        BackfillProgress done = rating.services.backfill().progress().orElseThrow();
        assertThat(done.resultsApplied()).as("missed games 23, 27, 31, 35, 39").isEqualTo(5);
        assertThat(done.resultsSkipped()).isEqualTo(15);
        assertThat(rating.ratings.appliedCount()).as("games 3 … 19 stay missing: before 'since'").isEqualTo(35);

        rating.services.backfill().start(BackfillRequest.catchUpSince(since));
        rating.runBackfill(Duration.ofMillis(10));
        assertThat(rating.services.backfill().progress().orElseThrow().resultsApplied()).as("idempotent").isZero();
    }

    @Test
    void a_backfill_that_fails_says_why_and_lets_live_results_through_again() {
        RatingKit kit = new RatingKit();
        List<EventEnvelope> season = kit.season("p", 6, 30, 6);
        season.forEach(e -> kit.log.append(e.gameId(), 0, List.of(e)));
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        org.rookery.ports.out.EventLogReader breaking = new org.rookery.ports.out.EventLogReader() {
            @Override
            public List<org.rookery.ports.out.LoggedEvent> readAll(long afterPosition, int max) {
                if (reads.incrementAndGet() > 1) throw new IllegalStateException("log partition unavailable");
                return kit.log.readAll(afterPosition, max);
            }

            @Override
            public long endPosition() {
                return kit.log.endPosition();
            }
        };
        var services = org.rookery.application.rating.RatingServices.wire(new org.rookery.application.rating.RatingPorts(kit.ratings,
                kit.leaderboard, breaking, kit.time, kit.scheduler), RatingSettings.defaults(RatingKit.LEGACY_GONE_AT).withBackfill(10, Duration.ZERO));
        services.backfill().start(BackfillRequest.recalculate());
        EventEnvelope late = kit.ended("late", "p1", "p2", GameResult.DRAW, RatingKit.START.plus(Duration.ofDays(1)));
        assertThat(services.results().record(late)).isInstanceOf(ResultRecording.Deferred.class);
        kit.runBackfill(Duration.ofMillis(10));

        BackfillProgress failed = services.backfill().progress().orElseThrow();
        assertThat(failed.state()).isEqualTo(BackfillProgress.State.FAILED);
        assertThat(failed.failure()).hasValueSatisfying(why -> assertThat(why).contains("log partition unavailable"));
        assertThat(failed.eventsDone()).isEqualTo(10);
        assertThat(kit.ratings.isApplied(new org.rookery.ports.out.ResultKey("late", RatingPool.BLITZ))).as("the held result was applied").isTrue();
        assertThat(services.results().record(kit.ended("next", "p3", "p4", GameResult.DRAW, RatingKit.START.plus(Duration.ofDays(2)))))
                .isInstanceOf(ResultRecording.Applied.class);
        assertThat(services.backfill().start(BackfillRequest.recalculate())).as("a failed backfill can be started again")
                .isInstanceOf(BackfillStart.Started.class);
    }
}
