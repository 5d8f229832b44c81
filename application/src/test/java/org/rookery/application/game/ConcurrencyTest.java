package org.rookery.application.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.application.testkit.LiveGameKit.ALICE;
import static org.rookery.application.testkit.LiveGameKit.BOB;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.Actor;

/** Commands on one game are serialized; different games proceed in parallel. */
class ConcurrencyTest {
    private final LiveGameKit kit = new LiveGameKit();

    @Test
    void of_many_concurrent_moves_at_the_same_ply_exactly_one_wins_and_the_seq_stays_gapless() throws Exception {
        String[] firstMoves = {"e2e4", "d2d4", "c2c4", "g1f3", "b1c3", "e2e3", "d2d3", "a2a3", "h2h3", "f2f4", "g2g3", "b2b3"};
        for (int round = 0; round < 20; round++) {
            String id = kit.startedGame(600_000, 0);
            String prefix = "r" + round + "-";
            List<Outcome<MoveOutcome>> outcomes = race(firstMoves.length, i ->
                    kit.service.move(id, ALICE, new MoveRequest(prefix + i, 0, firstMoves[i])));
            assertThat(outcomes.stream().filter(Outcome::isAccepted)).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.isAccepted()))
                    .allSatisfy(o -> assertThat(((Outcome.Rejected<?>) o).reason()).isEqualTo(Rejection.STALE_PLY));
            assertThat(kit.events(id)).extracting(EventEnvelope::seq).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void the_same_move_id_sent_concurrently_is_played_once_and_every_sender_gets_the_same_answer() throws Exception {
        String id = kit.startedGame(600_000, 0);
        List<Outcome<MoveOutcome>> outcomes = race(16, i -> kit.service.move(id, ALICE, new MoveRequest("double-click", 0, "e2e4")));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isEqualTo(outcomes.getFirst()));
        assertThat(outcomes.getFirst().isAccepted()).isTrue();
        assertThat(kit.events(id)).hasSize(3);
    }

    @Test
    void many_games_played_in_parallel_each_keep_a_gapless_log_that_replays_to_the_same_game() throws Exception {
        int games = 32;
        List<String> ids = new ArrayList<>();
        for (int g = 0; g < games; g++) ids.add(kit.startedGame(600_000, 0));
        List<Callable<Void>> players = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            String id = ids.get(g);
            long seed = g;
            players.add(() -> {
                playRandomly(id, seed, 40);
                return null;
            });
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Void> f : pool.invokeAll(players)) f.get();
        }
        for (String id : ids) {
            List<EventEnvelope> log = kit.events(id);
            assertThat(log).extracting(EventEnvelope::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, log.size()).boxed().toList());
            GameView view = accepted(kit.service.game(id));
            assertThat(Game.replay(log).view(kit.time.now())).isEqualTo(view);
        }
    }

    @Test
    void a_game_busy_under_its_lock_does_not_hold_up_another_game() throws Exception {
        String busy = kit.startedGame(600_000, 0), free = kit.startedGame(600_000, 0);
        CountDownLatch inside = new CountDownLatch(1), release = new CountDownLatch(1);
        accepted(kit.service.watch(busy, 2, e -> {
            inside.countDown();
            try {
                release.await(); // a slow watcher keeps the busy game's command (and lock) in flight
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }));
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<Outcome<MoveOutcome>> stuck = pool.submit(() -> kit.move(busy, ALICE, "e2e4"));
            inside.await();

            assertThat(kit.move(free, ALICE, "d2d4").isAccepted()).as("the other game moves on").isTrue();
            assertThat(stuck).isNotDone();

            release.countDown();
            assertThat(stuck.get().isAccepted()).isTrue();
        }
    }

    /** Both players of one game send moves from two threads each; only legal, in-turn ones can win. */
    private void playRandomly(String id, long seed, int plies) throws Exception {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < plies; i++) {
            GameView v = accepted(kit.service.game(id));
            if (v.status().isTerminal()) return;
            Position p = Position.fromFen(v.fen());
            int[] legal = p.legalMoves();
            String uci = Uci.format(p, legal[random.nextInt(legal.length)]);
            Actor mover = v.clock().turn() == org.rookery.domain.chess.Color.WHITE ? ALICE : BOB;
            int ply = v.moves().size();
            String moveId = id + "-" + ply;
            List<Outcome<MoveOutcome>> twice = race(2, k -> kit.service.move(id, mover, new MoveRequest(moveId, ply, uci)));
            assertThat(twice.get(0)).isEqualTo(twice.get(1));
        }
    }

    private interface Attempt<T> {
        T run(int index) throws Exception;
    }

    /** Starts {@code n} attempts on as many threads at once and collects their results. */
    private static <T> List<T> race(int n, Attempt<T> attempt) throws Exception {
        CountDownLatch ready = new CountDownLatch(n), go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return attempt.run(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        }
    }
}
