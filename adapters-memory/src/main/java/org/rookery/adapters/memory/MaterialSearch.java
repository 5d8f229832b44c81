package org.rookery.adapters.memory;

import org.rookery.domain.chess.GameStatus;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;

/**
 * A small alpha-beta search that counts material and sees mates, for {@link InMemoryPositionAnalyst}:
 * fixed depth, captures tried first, a principal variation kept in a triangular table, stopped
 * by a node budget or a deadline (checked every 1,024 nodes). One search per instance; not
 * thread-safe.
 */
final class MaterialSearch {
    static final int MATE = 1_000_000;
    static final int MAX_PLY = 16;
    private static final int[] VALUE = {100, 320, 330, 500, 900, 0};
    private static final int INFINITY = 2 * MATE;

    private final Position position;
    private final long maxNodes;
    private final long deadlineNanos;
    private final int[][] moves = new int[MAX_PLY + 1][256]; // 256: more than any position's legal moves
    private final int[][] pv = new int[MAX_PLY + 1][MAX_PLY + 1];
    private final int[] pvLength = new int[MAX_PLY + 1];
    private long nodes;
    private boolean stopped;

    MaterialSearch(Position position, long maxNodes, long deadlineNanos) {
        this.position = position;
        this.maxNodes = maxNodes;
        this.deadlineNanos = deadlineNanos;
    }

    /** The score of a search to {@code depth}, from the side to move's view; {@link #stopped()} when cut short. */
    int search(int depth, boolean mayStop) {
        return negamax(depth, 0, -INFINITY, INFINITY, mayStop);
    }

    boolean stopped() {
        return stopped;
    }

    int[] principalVariation() {
        return java.util.Arrays.copyOf(pv[0], pvLength[0]);
    }

    private int negamax(int depth, int ply, int alpha, int beta, boolean mayStop) {
        pvLength[ply] = 0;
        nodes++;
        if (mayStop && (nodes > maxNodes || ((nodes & 1023) == 0 && System.nanoTime() >= deadlineNanos))) stopped = true;
        if (stopped) return 0;
        int count = position.legalMoves(moves[ply]);
        if (count == 0) return position.inCheck() ? -(MATE - ply) : 0;
        if (ply > 0 && position.status() != GameStatus.ONGOING) return 0;
        if (depth == 0 || ply == MAX_PLY) return material();
        orderCapturesFirst(moves[ply], count);
        for (int i = 0; i < count; i++) {
            int move = moves[ply][i];
            position.makeMove(move);
            int score = -negamax(depth - 1, ply + 1, -beta, -alpha, mayStop);
            position.unmakeMove();
            if (stopped) return 0;
            if (score > alpha) {
                alpha = score;
                pv[ply][0] = move;
                System.arraycopy(pv[ply + 1], 0, pv[ply], 1, pvLength[ply + 1]);
                pvLength[ply] = pvLength[ply + 1] + 1;
                if (alpha >= beta) break;
            }
        }
        return alpha;
    }

    private int material() {
        int score = 0;
        for (int square = 0; square < 64; square++) {
            PieceType type = position.pieceTypeAt(square);
            if (type != null) score += position.colorAt(square) == position.sideToMove() ? VALUE[type.ordinal()] : -VALUE[type.ordinal()];
        }
        return score;
    }

    private void orderCapturesFirst(int[] list, int count) {
        int next = 0;
        for (int i = 0; i < count; i++) {
            if (position.pieceTypeAt(Move.to(list[i])) != null) {
                int capture = list[i];
                list[i] = list[next];
                list[next++] = capture;
            }
        }
    }
}
