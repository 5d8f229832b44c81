package org.rookery.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.rookery.domain.chess.GameStatus;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;

/**
 * A fixed set of games from the start position, as the UCI strings a client would send: three
 * classical brilliancies and seeded pseudo-random games (a capture when one exists half of the
 * time, else any legal move; at most {@value #MAX_RANDOM_PLIES} plies, so that material comes off
 * the board as in real games). The same every run. Immutable once built, so thread-safe.
 */
public final class RecordedGames {
    static final int MAX_RANDOM_PLIES = 100;

    private static final String[] CLASSICS = {
        // Morphy v Duke Karl / Count Isouard, Paris 1858 ("the Opera game").
        "e4 e5 Nf3 d6 d4 Bg4 dxe5 Bxf3 Qxf3 dxe5 Bc4 Nf6 Qb3 Qe7 Nc3 c6 Bg5 b5 Nxb5 cxb5 Bxb5+ Nbd7"
                + " O-O-O Rd8 Rxd7 Rxd7 Rd1 Qe6 Bxd7+ Nxd7 Qb8+ Nxb8 Rd8#",
        // Anderssen v Kieseritzky, London 1851 ("the Immortal game").
        "e4 e5 f4 exf4 Bc4 Qh4+ Kf1 b5 Bxb5 Nf6 Nf3 Qh6 d3 Nh5 Nh4 Qg5 Nf5 c6 g4 Nf6 Rg1 cxb5 h4 Qg6"
                + " h5 Qg5 Qf3 Ng8 Bxf4 Qf6 Nc3 Bc5 Nd5 Qxb2 Bd6 Bxg1 e5 Qxa1+ Ke2 Na6 Nxg7+ Kd8 Qf6+ Nxf6 Be7#",
        // Anderssen v Dufresne, Berlin 1852 ("the Evergreen game").
        "e4 e5 Nf3 Nc6 Bc4 Bc5 b4 Bxb4 c3 Ba5 d4 exd4 O-O d3 Qb3 Qf6 e5 Qg6 Re1 Nge7 Ba3 b5 Qxb5 Rb8"
                + " Qa4 Bb6 Nbd2 Bb7 Ne4 Qf5 Bxd3 Qh5 Nf6+ gxf6 exf6 Rg8 Rad1 Qxf3 Rxe7+ Nxe7 Qxd7+ Kxd7"
                + " Bf5+ Ke8 Bd7+ Kf8 Bxe7#",
    };

    private RecordedGames() {}

    /** The classics followed by {@code randomGames} seeded games. */
    public static List<String[]> build(int randomGames, long seed) {
        List<String[]> games = new ArrayList<>();
        for (String classic : CLASSICS) games.add(fromSan(classic.split(" ")));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < randomGames; i++) games.add(randomGame(random));
        return games;
    }

    private static String[] fromSan(String[] san) {
        Position p = Position.start();
        String[] uci = new String[san.length];
        for (int i = 0; i < san.length; i++) {
            int move = San.parse(p, san[i]);
            uci[i] = Uci.format(p, move);
            p.makeMove(move);
        }
        return uci;
    }

    private static String[] randomGame(SplittableRandom random) {
        Position p = Position.start();
        List<String> uci = new ArrayList<>();
        while (uci.size() < MAX_RANDOM_PLIES && p.status() == GameStatus.ONGOING) {
            int move = pick(p, p.legalMoves(), random);
            uci.add(Uci.format(p, move));
            p.makeMove(move);
        }
        return uci.toArray(String[]::new);
    }

    private static int pick(Position p, int[] moves, SplittableRandom random) {
        if (random.nextBoolean()) {
            int[] captures = Arrays.stream(moves).filter(m -> isCapture(p, m)).toArray();
            if (captures.length > 0) return captures[random.nextInt(captures.length)];
        }
        return moves[random.nextInt(moves.length)];
    }

    private static boolean isCapture(Position p, int move) {
        int to = Move.to(move);
        return p.colorAt(to) != null && p.colorAt(to) != p.sideToMove();
    }
}
