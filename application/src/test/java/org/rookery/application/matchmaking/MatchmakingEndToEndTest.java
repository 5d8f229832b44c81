package org.rookery.application.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.application.testkit.MatchmakingKit;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.matchmaking.JoinOutcome;
import org.rookery.domain.matchmaking.QueueConfig;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.InvalidJoinRequestException;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.in.MatchmakingStats;
import org.rookery.ports.in.answer.JoinAnswer;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.notice.MatchNotice;

/** Joins → wave → game created → MatchCreated in the outbox → players told; and nothing lost when creation fails. */
class MatchmakingEndToEndTest {

    @Test
    void a_wave_pairs_waiting_players_creates_their_games_records_match_created_and_tells_both() {
        MatchmakingKit kit = new MatchmakingKit();
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            assertThat(kit.join(user)).isInstanceOfSatisfying(JoinAnswer.Waiting.class,
                    w -> assertThat(w.outcome()).isInstanceOf(JoinOutcome.Joined.class));
        }
        kit.pass(Duration.ofSeconds(1));

        List<MatchCreated> created = kit.matchesCreated();
        assertThat(created).hasSize(2);
        Set<String> seated = new HashSet<>();
        for (LoggedMatchEvent logged : kit.live.platform.matchLog.readAll(0, 1_000)) {
            MatchEnvelope envelope = logged.event();
            MatchCreated match = (MatchCreated) envelope.payload();
            assertThat(envelope.matchId()).isEqualTo(match.matchId());
            assertThat(envelope.correlationId()).isEqualTo(match.matchId());
            GameView game = accepted(kit.live.service.game(match.gameId()));
            assertThat(game.status()).isEqualTo(Lifecycle.IN_PROGRESS);
            assertThat(List.of(game.white(), game.black())).containsExactly(match.whitePlayerId(), match.blackPlayerId());
            assertThat(game.rated()).isTrue();
            assertThat(game.timeControl().initialMs()).isEqualTo(180_000);
            assertThat(kit.noticesOf(match.whitePlayerId())).containsExactly(new MatchNotice.GameReady(match.matchId(), match.gameId(),
                    Color.WHITE, match.blackPlayerId(), game.timeControl(), true));
            assertThat(kit.noticesOf(match.blackPlayerId())).singleElement()
                    .isInstanceOfSatisfying(MatchNotice.GameReady.class, r -> assertThat(r.color()).isEqualTo(Color.BLACK));
            seated.add(match.whitePlayerId());
            seated.add(match.blackPlayerId());
        }
        assertThat(seated).containsExactlyInAnyOrder("alice", "bob", "carol", "dave");

        kit.live.platform.relayAll();
        assertThat(kit.live.platform.matchBus.published()).extracting(MatchEnvelope::payload).containsExactlyElementsOf(created);
        assertThat(kit.live.bus.published()).as("no match event on the game stream").noneMatch(e -> e.type().equals(MatchCreated.TYPE));
        MatchmakingStats stats = kit.matchmaking.service().stats();
        assertThat(stats.matchesMade()).isEqualTo(2);
        assertThat(stats.gamesCreated()).isEqualTo(2);
        assertThat(stats.waiting()).isZero();
    }

    @Test
    void matches_whose_game_cannot_be_created_wait_in_the_retry_queue_and_are_all_created_later() {
        MatchmakingKit kit = new MatchmakingKit();
        kit.liveGameDown = true;
        for (int i = 0; i < 20; i++) kit.join("p" + i);
        kit.pass(Duration.ofSeconds(1));

        assertThat(kit.retries.size()).isEqualTo(10);
        assertThat(kit.matchesCreated()).isEmpty();
        assertThat(kit.noticesOf("p0")).singleElement().isInstanceOf(MatchNotice.GameDelayed.class);
        assertThat(kit.join("p0")).as("a player whose match waits cannot queue again")
                .isInstanceOfSatisfying(JoinAnswer.Rejected.class, r -> assertThat(r.reason()).isEqualTo(JoinAnswer.Reason.MATCH_PENDING));

        for (int s = 0; s < 5; s++) kit.pass(Duration.ofSeconds(1)); // retries keep failing, with growing delays
        assertThat(kit.retries.size()).isEqualTo(10);
        assertThat(kit.noticesOf("p0")).as("players are told once").hasSize(1);

        kit.liveGameDown = false;
        kit.pass(Duration.ofSeconds(60));

        assertThat(kit.retries.size()).isZero();
        List<MatchCreated> created = kit.matchesCreated();
        assertThat(created).hasSize(10);
        assertThat(created.stream().map(MatchCreated::matchId).distinct()).hasSize(10);
        Set<String> players = new HashSet<>();
        created.forEach(m -> {
            players.add(m.whitePlayerId());
            players.add(m.blackPlayerId());
        });
        assertThat(players).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(kit.noticesOf("p" + i)).filteredOn(MatchNotice.GameReady.class::isInstance).hasSize(1);
        }
        MatchmakingStats stats = kit.matchmaking.service().stats();
        assertThat(stats.gamesCreated()).isEqualTo(10);
        assertThat(stats.creationFailures()).isGreaterThanOrEqualTo(10);
        assertThat(stats.pendingRetries()).isZero();
        assertThat(stats.matchPending()).isEqualTo(1);
    }

    @Test
    void joining_too_often_or_into_a_full_queue_is_rejected_with_a_retry_after_and_counted() {
        MatchmakingKit kit = new MatchmakingKit(new MatchmakingSettings(new QueueConfig(2, Duration.ofSeconds(10)),
                MatchmakingSettings.defaults().pairing(), Duration.ofHours(1), Duration.ofSeconds(3), Duration.ofSeconds(1),
                Duration.ofSeconds(60), 100, 1500));
        kit.join("alice");
        kit.live.time.advance(Duration.ofSeconds(4));
        assertThat(kit.matchmaking.service().join(new JoinRequest("alice", 60_000, 0, true)))
                .isEqualTo(new JoinAnswer.Rejected(JoinAnswer.Reason.RATE_LIMITED, Duration.ofSeconds(6)));
        assertThat(kit.join("alice")).as("the same pool again is not a new join")
                .isInstanceOfSatisfying(JoinAnswer.Waiting.class, w -> assertThat(w.outcome()).isInstanceOf(JoinOutcome.AlreadyWaiting.class));
        kit.join("bob");
        assertThat(kit.join("carol")).isEqualTo(new JoinAnswer.Rejected(JoinAnswer.Reason.QUEUE_FULL, Duration.ofSeconds(3)));
        assertThat(kit.matchmaking.service().leave("bob")).isTrue();
        assertThat(kit.join("carol")).isInstanceOf(JoinAnswer.Waiting.class);

        MatchmakingStats stats = kit.matchmaking.service().stats();
        assertThat(stats.rateLimited()).isEqualTo(1);
        assertThat(stats.queueFull()).isEqualTo(1);
        assertThat(stats.joinsAccepted()).isEqualTo(3);
        assertThat(stats.waiting()).isEqualTo(2);
    }

    @Test
    void players_are_paired_by_their_stored_rating() {
        MatchmakingKit kit = new MatchmakingKit();
        var at = kit.live.time.now();
        kit.ratings.apply(new RatingChange(new ResultKey("old", RatingPool.BLITZ),
                new RatedSide("strong", 0, new PlayerRating(1900, 60, 0.06, 1, at)), new RatedSide("weak", 0, new PlayerRating(1100, 60, 0.06, 1, at))));
        kit.join("strong");
        kit.join("weak");
        kit.join("newcomer");
        kit.pass(Duration.ofSeconds(1));
        assertThat(kit.matchesCreated()).as("1900, 1500 and 1100 are too far apart at first").isEmpty();
        kit.pass(Duration.ofSeconds(60));
        assertThat(kit.matchesCreated()).singleElement().satisfies(m -> {
            assertThat(List.of(m.whitePlayerId(), m.blackPlayerId())).contains("newcomer");
            assertThat(Math.abs(m.whiteRating() - m.blackRating())).isEqualTo(400);
        });
    }

    @Test
    void a_join_request_for_a_time_control_no_game_can_have_names_the_field() {
        assertThatThrownBy(() -> new JoinRequest("alice", 0, 1_000, true))
                .isInstanceOfSatisfying(InvalidJoinRequestException.class, e -> assertThat(e.field()).isEqualTo("timeControl"));
        assertThatThrownBy(() -> new JoinRequest(" ", 60_000, 0, true))
                .isInstanceOfSatisfying(InvalidJoinRequestException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    }
}
