package org.rookery.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rookery.domain.chess.GameStatus;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;

/**
 * "Validate and apply one move given a live game state", the cost a game server pays per move:
 * each operation takes the next client UCI string of a recorded game, finds the legal move it
 * names ({@link Uci#parse}) and plays it. Variants also judge the result ({@link Position#status})
 * or start from a FEN each time (the cost without a live state). Scores are operations (moves)
 * per second per thread. Each JMH thread has its own state, so it is thread-safe as JMH uses it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MoveValidationBenchmark {
    static final int RANDOM_GAMES = 60;
    static final long SEED = 20_240_601L;

    /** One live game after another, from the recorded set; rewinds by unmaking, without allocating. */
    @State(Scope.Thread)
    public static class LiveGame {
        private String[][] games;
        private Position position;
        private int game, ply;

        @Setup(Level.Trial)
        public void setUp() {
            games = RecordedGames.build(RANDOM_GAMES, SEED).toArray(String[][]::new);
            position = Position.start();
        }

        String nextMove() {
            return games[game][ply];
        }

        /** Advances past the move just played; after a game's last move, rewinds to the start of the next. */
        void advance() {
            if (++ply < games[game].length) return;
            for (int i = 0; i < ply; i++) position.unmakeMove();
            ply = 0;
            game = (game + 1) % games.length;
        }
    }

    /** The same moves, each with the FEN of the position it is played in. */
    @State(Scope.Thread)
    public static class FenAndMove {
        private String[] fens;
        private String[] moves;
        private int next;

        @Setup(Level.Trial)
        public void setUp() {
            List<String[]> games = RecordedGames.build(RANDOM_GAMES, SEED);
            int total = games.stream().mapToInt(g -> g.length).sum();
            fens = new String[total];
            moves = new String[total];
            int i = 0;
            for (String[] game : games) {
                Position p = Position.start();
                for (String uci : game) {
                    fens[i] = p.toFen();
                    moves[i++] = uci;
                    p.makeMove(Uci.parse(p, uci));
                }
            }
        }
    }

    @Benchmark
    public int validateAndApply(LiveGame live) {
        int move = Uci.parse(live.position, live.nextMove());
        live.position.makeMove(move);
        live.advance();
        return move;
    }

    /** Also decides whether the move ended the game (mate, stalemate, automatic draws), as a server must. */
    @Benchmark
    public GameStatus validateApplyAndJudge(LiveGame live) {
        live.position.makeMove(Uci.parse(live.position, live.nextMove()));
        GameStatus status = live.position.status();
        live.advance();
        return status;
    }

    /** The stateless way (chesslib-style): parse the FEN, then validate and apply. */
    @Benchmark
    public long validateAndApplyFromFen(FenAndMove input) {
        int i = input.next;
        input.next = i + 1 == input.fens.length ? 0 : i + 1;
        Position p = Position.fromFen(input.fens[i]);
        p.makeMove(Uci.parse(p, input.moves[i]));
        return p.key();
    }
}
