package org.rookery.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.domain.game.GameTable.ALICE;
import static org.rookery.domain.game.GameTable.BOB;
import static org.rookery.domain.game.GameTable.EVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.event.EventEnvelope;

/**
 * Property: for random games (random moves, offers, claims, resignations, aborts, flags,
 * repeated and stale requests, random thinking times), replaying the recorded events rebuilds a
 * game whose every observable fact equals the original's, and so does restoring any snapshot
 * and replaying the events after it.
 */
class ReplayPropertyTest {
    private static final String[] STARTS = {
        null, null, null,
        "4k3/8/8/8/8/8/8/R3K3 w - - 90 80",
        "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1",
        "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
        "4k3/8/8/3n4/8/8/8/3QK3 b - - 0 1",
    };

    @Test
    void replaying_the_events_of_200_random_games_rebuilds_identical_games() {
        for (long seed = 1; seed <= 200; seed++) {
            RandomGame g = new RandomGame(new Random(seed));
            g.play();
            GameTable t = g.table;
            assertThat(t.log).extracting(EventEnvelope::seq).as("seed %d: gapless seq", seed)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, t.log.size()).boxed().toList());

            Game replayed = Game.replay(t.log);
            assertThat(replayed.memento()).as("seed %d", seed).isEqualTo(t.game.memento());
            assertThat(replayed.view(t.now)).as("seed %d", seed).isEqualTo(t.game.view(t.now));
            assertThat(replayed.pgn()).isEqualTo(t.game.pgn());
            assertThat(replayed.flagDeadlineMillis()).isEqualTo(t.game.flagDeadlineMillis());

            GameMemento midway = g.snapshot;
            if (midway != null) {
                Game restored = Game.restore(midway);
                t.log.stream().filter(e -> e.seq() > midway.seq()).forEach(restored::apply);
                assertThat(restored.memento()).as("seed %d from snapshot at %d", seed, midway.seq()).isEqualTo(t.game.memento());
            }
        }
    }

    /** Drives one game with random commands from both players and a spectator. */
    private static final class RandomGame {
        final Random random;
        final GameTable table = new GameTable();
        GameMemento snapshot;
        final List<String> usedMoveIds = new ArrayList<>();

        RandomGame(Random random) {
            this.random = random;
        }

        void play() {
            String fen = STARTS[random.nextInt(STARTS.length)];
            long initial = 1_000L * (5 + random.nextInt(300));
            ColorChoice color = ColorChoice.values()[random.nextInt(3)];
            Outcome<Game> created = Game.create("game-" + random.nextInt(1000), new GameSetup(initial, random.nextInt(3) * 1000L, color, random.nextBoolean(), fen),
                    table.as(ALICE), random);
            table.game = ((Outcome.Accepted<Game>) created).value();
            table.record(table.game);
            if (random.nextInt(20) == 0) table.record(table.game.abort(table.as(ALICE)));
            table.tick(random.nextInt(5_000));
            table.record(table.game.join(table.as(BOB)));
            int steps = 40 + random.nextInt(400);
            for (int i = 0; i < steps && !table.game.lifecycle().isTerminal(); i++) {
                table.tick(random.nextInt(40) == 0 ? random.nextInt(60_000) : random.nextInt(2_000));
                step();
                if (snapshot == null && random.nextInt(30) == 0) snapshot = table.game.memento();
            }
        }

        private void step() {
            String player = random.nextBoolean() ? ALICE : BOB;
            int dice = random.nextInt(100);
            Game game = table.game;
            if (dice < 80) {
                String mover = game.colorOf(ALICE) == table.sideToMove() ? ALICE : BOB;
                table.record(game.move(table.as(random.nextInt(10) == 0 ? player : mover), randomRequest()));
            } else if (dice < 84) {
                table.record(game.offerDraw(table.as(player)));
            } else if (dice < 87) {
                table.record(game.declineDraw(table.as(player)));
            } else if (dice < 89) {
                table.record(game.acceptDraw(table.as(player)));
            } else if (dice < 92) {
                table.record(game.claimDraw(table.as(player)));
            } else if (dice < 94) {
                table.record(game.flag(table.as(EVE)));
            } else if (dice < 96) {
                table.record(game.abort(table.as(player)));
            } else if (dice < 97) {
                if (random.nextInt(8) == 0) table.record(game.resign(table.as(player)));
            } else {
                table.record(game.join(table.as(EVE)));
            }
        }

        private MoveRequest randomRequest() {
            if (!usedMoveIds.isEmpty() && random.nextInt(15) == 0) {
                return new MoveRequest(usedMoveIds.get(random.nextInt(usedMoveIds.size())), random.nextInt(5), "e2e4");
            }
            Position p = Position.fromFen(table.game.view(table.now).fen());
            int[] legal = p.legalMoves();
            String uci = legal.length == 0 || random.nextInt(25) == 0 ? "a1a8" : Uci.format(p, pick(p, legal));
            int ply = random.nextInt(25) == 0 ? table.game.ply() - 1 : table.game.ply();
            String id = "mv-" + random.nextLong();
            usedMoveIds.add(id);
            return new MoveRequest(id, ply, uci);
        }

        /** A random legal move, but a mate when there is one, so that games also end on the board. */
        private int pick(Position p, int[] legal) {
            for (int move : legal) {
                p.makeMove(move);
                boolean mate = p.isCheckmate();
                p.unmakeMove();
                if (mate) return move;
            }
            return legal[random.nextInt(legal.length)];
        }
    }
}
