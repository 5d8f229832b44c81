package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.TimeControl;

class MatchmakingQueueTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final MatchPool BLITZ = MatchPool.rated(TimeControl.of(3, 2));
    private static final MatchPool BULLET = MatchPool.rated(TimeControl.of(1, 0));
    private static final PlayerId ALICE = new PlayerId("alice");
    private static final PlayerId BOB = new PlayerId("bob");
    private static final PlayerId CAROL = new PlayerId("carol");

    private final MatchmakingQueue queue = queueOf(QueueConfig.defaults());

    @Test
    void joins_a_player_into_the_pool_they_asked_for() {
        JoinOutcome outcome = queue.join(ALICE, BLITZ, 1620, T0);

        assertThat(outcome).isEqualTo(new JoinOutcome.Joined(new QueueEntry(ALICE, BLITZ, 1620, T0)));
        assertThat(outcome.waiting()).isTrue();
        assertThat(queue.waiting(BLITZ)).extracting(QueueEntry::player).containsExactly(ALICE);
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void keeps_the_first_entry_when_a_player_joins_the_same_pool_again() {
        queue.join(ALICE, BLITZ, 1620, T0);

        JoinOutcome again = queue.join(ALICE, BLITZ, 1700, T0.plusSeconds(2));

        assertThat(again).isEqualTo(new JoinOutcome.AlreadyWaiting(new QueueEntry(ALICE, BLITZ, 1620, T0)));
        assertThat(queue.entryOf(ALICE)).hasValueSatisfying(e -> assertThat(e.joinedAt()).isEqualTo(T0));
    }

    @Test
    void switches_pools_when_a_waiting_player_joins_another_pool() {
        queue.join(ALICE, BLITZ, 1620, T0);

        JoinOutcome outcome = queue.join(ALICE, BULLET, 1580, T0.plusSeconds(10));

        assertThat(outcome).isEqualTo(new JoinOutcome.Switched(new QueueEntry(ALICE, BULLET, 1580, T0.plusSeconds(10)),
                new QueueEntry(ALICE, BLITZ, 1620, T0)));
        assertThat(queue.waiting(BLITZ)).isEmpty();
        assertThat(queue.waiting(BULLET)).extracting(QueueEntry::player).containsExactly(ALICE);
        assertThat(queue.pools()).containsExactly(BULLET);
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void rejects_a_second_join_within_ten_seconds_with_the_time_left() {
        queue.join(ALICE, BLITZ, 1620, T0);
        queue.leave(ALICE);

        JoinOutcome outcome = queue.join(ALICE, BULLET, 1580, T0.plusMillis(3_500));

        assertThat(outcome).isEqualTo(new JoinOutcome.TooSoon(Duration.ofMillis(6_500)));
        assertThat(outcome.waiting()).isFalse();
        assertThat(queue.entryOf(ALICE)).isEmpty();
    }

    @Test
    void rejects_switching_pools_too_soon_and_keeps_the_player_where_they_were() {
        queue.join(ALICE, BLITZ, 1620, T0);

        JoinOutcome outcome = queue.join(ALICE, BULLET, 1580, T0.plusSeconds(4));

        assertThat(outcome).isEqualTo(new JoinOutcome.TooSoon(Duration.ofSeconds(6)));
        assertThat(queue.entryOf(ALICE)).hasValueSatisfying(e -> assertThat(e.pool()).isEqualTo(BLITZ));
    }

    @Test
    void a_rejected_attempt_does_not_extend_the_wait() {
        queue.join(ALICE, BLITZ, 1620, T0);
        queue.leave(ALICE);
        queue.join(ALICE, BLITZ, 1620, T0.plusSeconds(9));

        JoinOutcome outcome = queue.join(ALICE, BLITZ, 1620, T0.plusSeconds(10));

        assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void the_join_rate_is_counted_per_player() {
        queue.join(ALICE, BLITZ, 1620, T0);

        assertThat(queue.join(BOB, BLITZ, 1500, T0)).isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void the_join_interval_is_configurable() {
        var patient = queueOf(new QueueConfig(10, Duration.ofMinutes(1)));
        patient.join(ALICE, BLITZ, 1620, T0);
        patient.leave(ALICE);

        assertThat(patient.join(ALICE, BLITZ, 1620, T0.plusSeconds(30))).isEqualTo(new JoinOutcome.TooSoon(Duration.ofSeconds(30)));
        assertThat(patient.join(ALICE, BLITZ, 1620, T0.plusSeconds(60))).isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void rejects_join_when_queue_is_full() {
        var small = queueOf(new QueueConfig(2, Duration.ofSeconds(10)));
        small.join(ALICE, BLITZ, 1620, T0);
        small.join(BOB, BULLET, 1500, T0);

        JoinOutcome outcome = small.join(CAROL, BLITZ, 1400, T0);

        assertThat(outcome).isEqualTo(new JoinOutcome.QueueFull(2));
        assertThat(small.entryOf(CAROL)).isEmpty();
        assertThat(small.size()).isEqualTo(2);
    }

    @Test
    void a_full_queue_still_lets_a_waiting_player_switch_pools() {
        var small = queueOf(new QueueConfig(1, Duration.ofSeconds(10)));
        small.join(ALICE, BLITZ, 1620, T0);

        assertThat(small.join(ALICE, BULLET, 1580, T0.plusSeconds(10))).isInstanceOf(JoinOutcome.Switched.class);
    }

    @Test
    void leaving_is_immediate_and_frees_a_place() {
        var small = queueOf(new QueueConfig(1, Duration.ofSeconds(10)));
        small.join(ALICE, BLITZ, 1620, T0);

        assertThat(small.leave(ALICE)).contains(new QueueEntry(ALICE, BLITZ, 1620, T0));
        assertThat(small.waiting(BLITZ)).isEmpty();
        assertThat(small.pools()).isEmpty();
        assertThat(small.join(BOB, BLITZ, 1500, T0)).isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void leaving_when_not_waiting_changes_nothing() {
        queue.join(ALICE, BLITZ, 1620, T0);

        assertThat(queue.leave(BOB)).isEmpty();
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void lists_waiting_players_per_pool_in_join_order() {
        queue.join(CAROL, BLITZ, 1400, T0);
        queue.join(ALICE, BULLET, 1620, T0.plusSeconds(1));
        queue.join(BOB, BLITZ, 1500, T0.plusSeconds(2));

        assertThat(queue.waiting(BLITZ)).extracting(QueueEntry::player).containsExactly(CAROL, BOB);
        assertThat(queue.waiting(BULLET)).extracting(QueueEntry::player).containsExactly(ALICE);
        assertThat(queue.pools()).containsExactly(BLITZ, BULLET);
    }

    @Test
    void keeps_join_order_while_many_players_leave() {
        List<PlayerId> stayed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            PlayerId player = new PlayerId("p" + i);
            queue.join(player, BLITZ, 1500, T0.plusMillis(i));
            if (i % 7 == 3) {
                stayed.add(player);
            }
        }
        for (int i = 0; i < 1_000; i++) {
            if (i % 7 != 3) {
                queue.leave(new PlayerId("p" + i));
            }
        }

        assertThat(queue.waiting(BLITZ)).extracting(QueueEntry::player).containsExactlyElementsOf(stayed);
        assertThat(queue.size()).isEqualTo(stayed.size());
    }

    @Test
    void keeps_nothing_of_a_newcomer_who_left_and_keeps_the_games_of_a_regular() {
        var history = new PairingHistory(PairingConfig.defaults());
        var shared = new MatchmakingQueue(QueueConfig.defaults(), history);
        history.recordGame(ALICE, CAROL);
        shared.join(ALICE, BLITZ, 1500, T0);
        shared.join(BOB, BLITZ, 1500, T0);
        assertThat(history.roster().size()).isEqualTo(3);

        shared.leave(ALICE);
        shared.leave(BOB);

        assertThat(history.roster().size()).as("Bob was known only as a waiting player").isEqualTo(2);
        assertThat(history.lastOpponent(ALICE)).contains(CAROL);
        assertThat(history.size()).isEqualTo(2);
    }

    @Test
    void a_player_keeps_their_games_while_switching_pools() {
        var history = new PairingHistory(PairingConfig.defaults());
        var shared = new MatchmakingQueue(QueueConfig.defaults(), history);
        shared.join(ALICE, BLITZ, 1500, T0);
        history.recordGame(ALICE, BOB);

        shared.join(ALICE, BULLET, 1480, T0.plusSeconds(10));

        assertThat(shared.entryOf(ALICE)).contains(new QueueEntry(ALICE, BULLET, 1480, T0.plusSeconds(10)));
        assertThat(history.lastOpponent(ALICE)).contains(BOB);
        assertThat(history.colorBalance(ALICE)).isEqualTo(1);
    }

    @Test
    void forgets_joins_older_than_the_interval() {
        var limit = new JoinRateLimit(Duration.ofSeconds(10));
        for (int i = 0; i < 1_000; i++) {
            limit.recordJoin(new PlayerId("p" + i), T0.plusMillis(i));
        }

        assertThat(limit.retryAfter(ALICE, T0.plusSeconds(10).plusMillis(499))).isEmpty();
        assertThat(limit.remembered()).isEqualTo(500);
        assertThat(limit.retryAfter(new PlayerId("p999"), T0.plusSeconds(10))).contains(Duration.ofMillis(999));
    }

    @Test
    void rejects_invalid_entries_and_limits() {
        assertThatThrownBy(() -> new PlayerId(" ")).isInstanceOf(InvalidMatchmakingException.class);
        assertThatThrownBy(() -> new PlayerId("x".repeat(129))).isInstanceOf(InvalidMatchmakingException.class);
        assertThatThrownBy(() -> queue.join(ALICE, BLITZ, Double.NaN, T0)).isInstanceOf(InvalidMatchmakingException.class);
        assertThatThrownBy(() -> new QueueConfig(0, Duration.ofSeconds(10))).isInstanceOf(InvalidMatchmakingException.class);
        assertThatThrownBy(() -> new QueueConfig(10, Duration.ofSeconds(-1))).isInstanceOf(InvalidMatchmakingException.class);
    }

    private static MatchmakingQueue queueOf(QueueConfig config) {
        return new MatchmakingQueue(config, new PairingHistory(PairingConfig.defaults()));
    }
}
