package org.rookery.application.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.LiveGameKit.ALICE;
import static org.rookery.application.testkit.LiveGameKit.BOB;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.rookery.application.testkit.ForwardingGameEventLog;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.game.CommandContext;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.GameEventListener;
import org.rookery.ports.out.Subscription;

/** The move pipeline's order and its failure behaviour: durable before acknowledged, downstream never in the way. */
class MovePipelineTest {

    @Test
    void a_move_is_durable_before_it_is_broadcast_and_before_it_is_acknowledged() {
        List<String> order = new ArrayList<>();
        LiveGameKit kit = new LiveGameKit(b -> b.eventLog(log -> new ForwardingGameEventLog(log) {
            @Override
            public void append(String g, long expected, List<EventEnvelope> events) {
                super.append(g, expected, events);
                events.forEach(e -> order.add("durable " + e.seq()));
            }
        }));
        String id = kit.startedGame(60_000, 0);
        accepted(kit.service.watch(id, 2, e -> {
            assertThat(kit.memoryLog.lastSeq(id)).isGreaterThanOrEqualTo(e.seq());
            order.add("broadcast " + e.seq());
        }));
        order.clear();

        MoveOutcome ack = accepted(kit.move(id, ALICE, "e2e4"));
        order.add("ack " + ack.seq());

        assertThat(order).containsExactly("durable 3", "broadcast 3", "ack 3");
    }

    @Test
    void a_failing_broadcaster_does_not_fail_the_move() {
        LiveGameKit kit = new LiveGameKit(b -> b.broadcaster(real -> new GameBroadcaster() {
            public Subscription subscribe(String gameId, GameEventListener listener) {
                return () -> {};
            }

            public void broadcast(String gameId, List<EventEnvelope> events) {
                throw new IllegalStateException("pub/sub down");
            }
        }));
        String id = kit.startedGame(60_000, 0);
        assertThat(kit.move(id, ALICE, "e2e4").isAccepted()).isTrue();
        assertThat(kit.events(id).getLast().payload()).isInstanceOf(MovePlayed.class);
    }

    @Test
    void a_failing_publisher_never_touches_moves_and_the_relay_later_publishes_each_event_once_in_log_order() {
        AtomicInteger outages = new AtomicInteger(3);
        LiveGameKit kit = new LiveGameKit(b -> b.publisher(bus -> events -> {
            if (outages.getAndDecrement() > 0) throw new IllegalStateException("broker unavailable");
            bus.publish(events);
        }));
        String id = kit.startedGame(60_000, 0);
        kit.play(id, "e2e4", "e7e5", "g1f3");
        int published = 0;
        for (int run = 0; run < 10; run++) published += kit.platform.gameRelay.relay();
        String other = kit.startedGame(60_000, 0);
        kit.play(other, "d2d4");
        published += kit.platform.gameRelay.relay();

        List<EventEnvelope> expected = new ArrayList<>(kit.events(id));
        expected.addAll(kit.events(other));
        assertThat(kit.bus.published()).isEqualTo(expected);
        assertThat(published).isEqualTo(expected.size());
        assertThat(kit.platform.checkpoints.position("game-events")).isEqualTo(kit.memoryLog.endPosition());
    }

    @Test
    void a_failing_event_log_fails_the_command_records_nothing_and_the_game_recovers_from_the_log() {
        AtomicInteger failures = new AtomicInteger();
        LiveGameKit kit = new LiveGameKit(b -> b.eventLog(log -> new ForwardingGameEventLog(log) {
            @Override
            public void append(String g, long expected, List<EventEnvelope> events) {
                if (failures.getAndDecrement() > 0) throw new IllegalStateException("disk full");
                super.append(g, expected, events);
            }
        }));
        String id = kit.startedGame(60_000, 0);
        List<EventEnvelope> broadcast = new ArrayList<>();
        accepted(kit.service.watch(id, 2, broadcast::add));
        failures.set(1);

        assertThatThrownBy(() -> kit.service.move(id, ALICE, new MoveRequest("m1", 0, "e2e4"))).hasMessageContaining("disk full");

        assertThat(kit.events(id)).hasSize(2);
        assertThat(broadcast).isEmpty();
        assertThat(kit.cache.find(id)).as("the unrecorded move is forgotten").isEmpty();
        Outcome<MoveOutcome> retried = kit.service.move(id, ALICE, new MoveRequest("m1", 0, "e2e4"));
        assertThat(accepted(retried).seq()).isEqualTo(3);
        assertThat(broadcast).hasSize(1);
    }

    @Test
    void a_game_written_by_another_node_is_reloaded_and_the_command_decided_again() {
        LiveGameKit kit = new LiveGameKit();
        String id = kit.startedGame(60_000, 0);
        accepted(kit.service.game(id));
        // Another node accepted White's first move meanwhile and appended it to the shared log.
        Game elsewhere = Game.replay(kit.events(id));
        elsewhere.move(new CommandContext("alice", kit.time.now(), "other-node", () -> "x-1"), new MoveRequest("other", 0, "d2d4"));
        kit.memoryLog.append(id, 2, elsewhere.drainPendingEvents());

        Outcome<MoveOutcome> local = kit.service.move(id, ALICE, new MoveRequest("m1", 0, "e2e4"));

        assertThat(local).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.STALE_PLY));
        assertThat(kit.events(id)).hasSize(3);
        assertThat(accepted(kit.move(id, BOB, "d7d5")).seq()).isEqualTo(4);
    }

    @Test
    void snapshots_are_taken_every_ten_moves_and_a_game_evicted_from_memory_continues_from_snapshot_and_log() {
        LiveGameKit kit = new LiveGameKit();
        String id = kit.startedGame(600_000, 0);
        kit.play(id, "e2e4", "e7e5", "g1f3", "b8c6", "f1b5", "a7a6", "b5a4", "g8f6", "e1g1");
        assertThat(kit.snapshots.latest(id)).isEmpty();
        kit.play(id, "f8e7");
        assertThat(kit.snapshots.latest(id).orElseThrow().moves()).hasSize(10);
        kit.cache.remove(id);

        kit.play(id, "f1e1", "b7b5");

        List<EventEnvelope> log = kit.events(id);
        assertThat(log).extracting(EventEnvelope::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, 14).boxed().toList());
        assertThat(Game.replay(log).memento()).isEqualTo(kit.cache.find(id).orElseThrow().memento());
    }

    @Test
    void a_command_that_cannot_get_its_game_in_time_is_refused_busy_while_reads_answer_at_once_from_the_read_view() throws Exception {
        java.util.concurrent.CountDownLatch appending = new java.util.concurrent.CountDownLatch(1), release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean slowDisk = new java.util.concurrent.atomic.AtomicBoolean();
        LiveGameKit kit = new LiveGameKit(b -> b.liveSettings(new LiveGameSettings(10, java.time.Duration.ofMinutes(5),
                java.time.Duration.ofMillis(100))).eventLog(log -> new ForwardingGameEventLog(log) {
            @Override
            public void append(String g, long expected, List<EventEnvelope> events) {
                if (slowDisk.get()) {
                    appending.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.append(g, expected, events);
            }
        }));
        String id = kit.startedGame(60_000, 0);
        slowDisk.set(true);
        Thread stuck = Thread.ofVirtual().start(() -> kit.service.move(id, ALICE, new MoveRequest("slow", 0, "e2e4")));
        appending.await();

        assertThatThrownBy(() -> kit.service.move(id, BOB, new MoveRequest("b1", 0, "e7e5")))
                .isInstanceOfSatisfying(org.rookery.ports.in.GameBusyException.class, e -> assertThat(e.gameId()).isEqualTo(id));
        assertThat(accepted(kit.service.game(id)).moves()).as("a read does not wait: the state before the stuck move").isEmpty();
        assertThat(accepted(kit.service.pgn(id))).contains("[White \"alice\"]");

        slowDisk.set(false);
        release.countDown();
        stuck.join();
        assertThat(accepted(kit.service.game(id)).moves()).containsExactly("e2e4");
        assertThat(kit.events(id)).hasSize(3);
    }

    @Test
    void a_snapshot_is_taken_after_five_minutes_of_a_live_game_even_before_ten_moves() {
        LiveGameKit kit = new LiveGameKit();
        String id = kit.startedGame(3_600_000, 0);
        kit.play(id, "e2e4", "e7e5");
        kit.time.advance(java.time.Duration.ofMinutes(3));
        kit.play(id, "g1f3");
        assertThat(kit.snapshots.latest(id)).isEmpty();
        kit.time.advance(java.time.Duration.ofMinutes(2));
        kit.play(id, "b8c6");
        assertThat(kit.snapshots.latest(id).orElseThrow().moves()).hasSize(4);
        kit.time.advance(java.time.Duration.ofMinutes(6));
        assertThat(kit.snapshots.latest(id).orElseThrow().moves()).as("no move, nothing new to store").hasSize(4);
        accepted(kit.service.resign(id, BOB));
        assertThat(kit.snapshots.latest(id).orElseThrow().lifecycle()).as("and one at the end").isEqualTo(org.rookery.domain.game.Lifecycle.ENDED);
    }

    @Test
    void a_watcher_woken_by_an_event_reads_a_game_at_least_as_new_as_that_event() {
        LiveGameKit kit = new LiveGameKit();
        String id = kit.startedGame(60_000, 0);
        List<String> seen = new ArrayList<>();
        accepted(kit.service.watch(id, 2, e -> {
            if (e.payload() instanceof MovePlayed m) seen.add(m.ply() + ":" + accepted(kit.service.game(id)).moves().size());
        }));

        kit.play(id, "e2e4", "e7e5", "g1f3");

        assertThat(seen).containsExactly("1:1", "2:2", "3:3");
    }
}
