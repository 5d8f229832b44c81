package org.rookery.domain.knowledge.book;

import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Square;
import org.rookery.domain.knowledge.book.internal.PolyglotRandom;

/**
 * The Polyglot hash of a position: the key under which a Polyglot {@code .bin} book files the
 * position's moves, made from the format's published random numbers. It differs from our own
 * {@link Position#key()} on purpose: books made by any Polyglot tool must be readable. Stateless,
 * so thread-safe.
 */
public final class PolyglotKey {
    private PolyglotKey() {}

    /**
     * The key of a position. The en-passant file counts, as the format says, whenever the side to
     * move has a pawn beside a pawn that has just made a double step, even when taking it would be
     * illegal: the double step is read from the last move played on this instance, or else from
     * the position's (legal-only) en-passant square. For a position set up from a FEN whose
     * en-passant capture is illegal, use {@link #ofFen(String)}.
     */
    public static long of(Position position) {
        return piecesCastlingTurn(position) ^ enPassant(position, pushedPawnFile(position));
    }

    /**
     * The key of the position a FEN describes, its en-passant field read as the format says.
     *
     * @throws org.rookery.domain.chess.InvalidFenException when the FEN is invalid
     */
    public static long ofFen(String fen) {
        Position position = Position.fromFen(fen);
        String[] fields = fen.strip().split(" +");
        int epSquare = Square.parse(fields[3]);
        int file = epSquare == Square.NONE ? pushedPawnFile(position) : Square.file(epSquare);
        return piecesCastlingTurn(position) ^ enPassant(position, file);
    }

    private static long piecesCastlingTurn(Position position) {
        long key = 0;
        for (int square = 0; square < 64; square++) {
            PieceType type = position.pieceTypeAt(square);
            if (type == null) continue;
            int kind = 2 * type.ordinal() + (position.colorAt(square) == Color.WHITE ? 1 : 0);
            key ^= PolyglotRandom.at(64 * kind + square);
        }
        key ^= castling(position);
        if (position.sideToMove() == Color.WHITE) key ^= PolyglotRandom.at(PolyglotRandom.TURN_OFFSET);
        return key;
    }

    /** The rights as FEN prints them; a Shredder or X-FEN file letter counts by its side of the king. */
    private static long castling(Position position) {
        String fen = position.toFen();
        int start = fen.indexOf(' ', fen.indexOf(' ') + 1) + 1;
        long key = 0;
        for (int i = start; fen.charAt(i) != ' '; i++) {
            char c = fen.charAt(i);
            if (c == '-') break;
            boolean white = Character.isUpperCase(c);
            char upper = Character.toUpperCase(c);
            int kingFile = Square.file(position.kingSquare(white ? Color.WHITE : Color.BLACK));
            boolean shortSide = upper == 'K' || (upper != 'Q' && upper - 'A' > kingFile);
            key ^= PolyglotRandom.at(PolyglotRandom.CASTLE_OFFSET + (white ? 0 : 2) + (shortSide ? 0 : 1));
        }
        return key;
    }

    /** The file of the pawn that made the last move if it was a double step, else the legal en-passant file, else -1. */
    private static int pushedPawnFile(Position position) {
        int last = position.lastMove();
        if (last != Move.NONE && Math.abs(Move.to(last) - Move.from(last)) == 16
                && position.pieceTypeAt(Move.to(last)) == PieceType.PAWN && !Move.isCastling(last)) {
            return Square.file(Move.to(last));
        }
        int ep = position.enPassantSquare();
        return ep == Square.NONE ? -1 : Square.file(ep);
    }

    /** The en-passant number when the side to move has a pawn beside the pushed pawn of that file. */
    private static long enPassant(Position position, int file) {
        if (file < 0) return 0;
        Color us = position.sideToMove();
        int rank = us == Color.WHITE ? 4 : 3; // where the pushed pawn stands
        for (int f = file - 1; f <= file + 1; f += 2) {
            if (f < 0 || f > 7) continue;
            int square = Square.of(f, rank);
            if (position.pieceTypeAt(square) == PieceType.PAWN && position.colorAt(square) == us) {
                return PolyglotRandom.at(PolyglotRandom.EN_PASSANT_OFFSET + file);
            }
        }
        return 0;
    }
}
