package org.rookery.domain.knowledge.endgame;

import java.util.SplittableRandom;

/** Random placements of an ending's pieces as FEN (legal or not: the caller parses). Stateless. */
final class RandomPositions {
    private RandomPositions() {}

    static String fen(Ending ending, SplittableRandom random) {
        char[] board = new char[64];
        String white = ending.white(), black = ending.black();
        for (int side = 0; side < 2; side++) {
            String pieces = side == 0 ? white : black;
            for (char c : pieces.toCharArray()) {
                boolean pawn = c == 'P';
                int sq;
                do sq = pawn ? 8 + random.nextInt(48) : random.nextInt(64);
                while (board[sq] != 0);
                board[sq] = side == 0 ? c : Character.toLowerCase(c);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                char c = board[rank * 8 + file];
                if (c == 0) {
                    empty++;
                    continue;
                }
                if (empty > 0) sb.append(empty);
                empty = 0;
                sb.append(c);
            }
            if (empty > 0) sb.append(empty);
            if (rank > 0) sb.append('/');
        }
        return sb.append(random.nextBoolean() ? " w - - 0 1" : " b - - 0 1").toString();
    }
}
