package org.rookery.domain.chess;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Test fixture: single random legal moves and random Chess960 starts from seeded generators, in standard chess and Chess960. Picks a
 * castling, promotion or en-passant move more often than uniform play would, so the rare rules get
 * exercised. Stateless.
 */
public final class RandomPlay {
    private RandomPlay() {}

    /** One of the 960 starting positions, chosen by {@code rnd}. */
    public static Position chess960Start(RandomGenerator rnd) {
        char[] rank = new char[8];
        rank[2 * rnd.nextInt(4)] = 'B';
        rank[2 * rnd.nextInt(4) + 1] = 'B';
        placeOnRandomEmpty(rank, 'Q', rnd);
        placeOnRandomEmpty(rank, 'N', rnd);
        placeOnRandomEmpty(rank, 'N', rnd);
        char[] rest = {'R', 'K', 'R'};
        for (int i = 0, k = 0; i < 8; i++) if (rank[i] == 0) rank[i] = rest[k++];
        String white = new String(rank);
        return Position.fromChess960Fen(
                white.toLowerCase() + "/pppppppp/8/8/8/8/PPPPPPPP/" + white + " w KQkq - 0 1");
    }

    private static void placeOnRandomEmpty(char[] rank, char piece, RandomGenerator rnd) {
        int empties = 0;
        for (char c : rank) if (c == 0) empties++;
        int pick = rnd.nextInt(empties);
        for (int i = 0; i < 8; i++) if (rank[i] == 0 && pick-- == 0) rank[i] = piece;
    }

    /** A legal move of {@code p} (which must have one), favouring the rarer kinds a third of the time. */
    public static int pickMove(Position p, RandomGenerator rnd) {
        int[] legal = p.legalMoves();
        if (rnd.nextInt(3) == 0) {
            int[] rare = Arrays.stream(legal)
                    .filter(m -> Move.isCastling(m) || Move.isEnPassant(m) || Move.promotion(m) != null)
                    .toArray();
            if (rare.length > 0) return rare[rnd.nextInt(rare.length)];
        }
        return legal[rnd.nextInt(legal.length)];
    }
}
