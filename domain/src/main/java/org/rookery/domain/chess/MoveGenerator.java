package org.rookery.domain.chess;

import static org.rookery.domain.chess.Position.BISHOP;
import static org.rookery.domain.chess.Position.KING;
import static org.rookery.domain.chess.Position.KNIGHT;
import static org.rookery.domain.chess.Position.PAWN;
import static org.rookery.domain.chess.Position.QUEEN;
import static org.rookery.domain.chess.Position.ROOK;
import static org.rookery.domain.chess.Position.WHITE;

import org.rookery.domain.chess.internal.Attacks;

/**
 * Strictly legal move generation: checkers, pins and a check mask are computed first, so no
 * generated move needs a make/test/unmake. Stateless, so thread-safe (the position is not).
 */
final class MoveGenerator {
    /** More than the 218 legal moves of the richest known position. */
    static final int MAX_MOVES = 256;

    private static final long RANK_1 = 0xFFL, RANK_8 = 0xFFL << 56;

    private MoveGenerator() {}

    static int generate(Position p, int[] out) {
        return generate(p, out, -1L);
    }

    /** The legal moves from the squares in {@code origins}: checking one move needs only its origin's. */
    static int generate(Position p, int[] out, long origins) {
        int us = p.side, them = us ^ 1;
        long ours = p.byColor[us], occ = ours | p.byColor[them];
        int ksq = Long.numberOfTrailingZeros(p.byType[KING] & ours);
        long checkers = p.attackersOf(ksq, them, occ);
        int n = 0;

        long occWithoutKing = occ ^ (1L << ksq);
        long kingMoves = (origins & (1L << ksq)) != 0 ? Attacks.king(ksq) & ~ours : 0;
        for (long t = kingMoves; t != 0; t &= t - 1) {
            int to = Long.numberOfTrailingZeros(t);
            if (!p.isAttacked(to, them, occWithoutKing)) out[n++] = Move.of(ksq, to);
        }
        if ((checkers & (checkers - 1)) != 0) return n; // double check: only the king moves

        long targets = ~ours & (checkers == 0 ? -1L : Attacks.between(ksq, Long.numberOfTrailingZeros(checkers)) | checkers);
        long pinned = pinned(p, us, ksq, occ);

        for (long b = p.byType[KNIGHT] & ours & ~pinned & origins; b != 0; b &= b - 1) { // a pinned knight never moves
            int from = Long.numberOfTrailingZeros(b);
            n = emit(out, n, from, Attacks.knight(from) & targets);
        }
        for (long b = (p.byType[BISHOP] | p.byType[QUEEN]) & ours & origins; b != 0; b &= b - 1) {
            int from = Long.numberOfTrailingZeros(b);
            long to = Attacks.bishopAttacks(from, occ) & targets;
            if ((pinned & (1L << from)) != 0) to &= Attacks.line(ksq, from);
            n = emit(out, n, from, to);
        }
        for (long b = (p.byType[ROOK] | p.byType[QUEEN]) & ours & origins; b != 0; b &= b - 1) {
            int from = Long.numberOfTrailingZeros(b);
            long to = Attacks.rookAttacks(from, occ) & targets;
            if ((pinned & (1L << from)) != 0) to &= Attacks.line(ksq, from);
            n = emit(out, n, from, to);
        }
        n = pawnMoves(p, out, n, us, ksq, occ, targets, pinned, p.byType[PAWN] & ours & origins);
        if (checkers == 0 && (origins & (1L << ksq)) != 0) n = castlingMoves(p, out, n, us, ksq, occ);
        return n;
    }

    private static int emit(int[] out, int n, int from, long targets) {
        for (; targets != 0; targets &= targets - 1) out[n++] = Move.of(from, Long.numberOfTrailingZeros(targets));
        return n;
    }

    /** Our pieces that stand alone between our king and an enemy slider aimed at it. */
    private static long pinned(Position p, int us, int ksq, long occ) {
        long them = p.byColor[us ^ 1];
        long snipers = ((Attacks.rookAttacks(ksq, 0) & (p.byType[ROOK] | p.byType[QUEEN]))
                        | (Attacks.bishopAttacks(ksq, 0) & (p.byType[BISHOP] | p.byType[QUEEN])))
                & them;
        long pinned = 0;
        for (; snipers != 0; snipers &= snipers - 1) {
            long blockers = Attacks.between(ksq, Long.numberOfTrailingZeros(snipers)) & occ;
            if (blockers != 0 && (blockers & (blockers - 1)) == 0) pinned |= blockers & p.byColor[us];
        }
        return pinned;
    }

    private static int pawnMoves(Position p, int[] out, int n, int us, int ksq, long occ, long targets, long pinned, long pawns) {
        long theirs = p.byColor[us ^ 1];
        int up = us == WHITE ? 8 : -8;
        long lastRank = us == WHITE ? RANK_8 : RANK_1;
        int startRank = us == WHITE ? 1 : 6;
        for (long b = pawns; b != 0; b &= b - 1) {
            int from = Long.numberOfTrailingZeros(b);
            long to = Attacks.pawn(us, from) & theirs;
            int one = from + up;
            if ((occ & (1L << one)) == 0) {
                to |= 1L << one;
                int two = one + up;
                if ((from >>> 3) == startRank && (occ & (1L << two)) == 0) to |= 1L << two;
            }
            to &= targets;
            if ((pinned & (1L << from)) != 0) to &= Attacks.line(ksq, from);
            if ((to & lastRank) != 0) {
                for (; to != 0; to &= to - 1) {
                    int t = Long.numberOfTrailingZeros(to);
                    out[n++] = Move.promotion(from, t, QUEEN);
                    out[n++] = Move.promotion(from, t, ROOK);
                    out[n++] = Move.promotion(from, t, BISHOP);
                    out[n++] = Move.promotion(from, t, KNIGHT);
                }
            } else {
                n = emit(out, n, from, to);
            }
            int ep = p.epSquare;
            // En passant is checked by playing it out: it can expose the king along the rank.
            if (ep >= 0 && (Attacks.pawn(us, from) & (1L << ep)) != 0 && p.enPassantIsLegal(from, ep, ep ^ 8, us)) {
                out[n++] = Move.of(from, ep) | Move.EN_PASSANT;
            }
        }
        return n;
    }

    private static int castlingMoves(Position p, int[] out, int n, int us, int ksq, long occ) {
        int rank = us == WHITE ? 0 : 56;
        for (int right = us * 2; right < us * 2 + 2; right++) {
            if ((p.castling & (1 << right)) == 0) continue;
            int rsq = p.castlingRook[right];
            boolean hSide = (right & 1) == 0;
            int kingTo = rank + (hSide ? 6 : 2), rookTo = rank + (hSide ? 5 : 3);
            long kingAndRook = (1L << ksq) | (1L << rsq);
            long kingPath = Attacks.between(ksq, kingTo) | (1L << kingTo);
            long mustBeEmpty = (kingPath | Attacks.between(rsq, rookTo) | (1L << rookTo)) & ~kingAndRook;
            if ((occ & mustBeEmpty) != 0) continue;
            // Without king and rook: in Chess960 the castling rook may be what shields the king's target.
            long occAfter = occ ^ kingAndRook;
            boolean safe = true;
            for (long s = kingPath; s != 0 && safe; s &= s - 1) {
                safe = !p.isAttacked(Long.numberOfTrailingZeros(s), us ^ 1, occAfter);
            }
            if (safe) out[n++] = Move.of(ksq, rsq) | Move.CASTLING;
        }
        return n;
    }
}
