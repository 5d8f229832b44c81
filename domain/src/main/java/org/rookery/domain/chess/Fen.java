package org.rookery.domain.chess;

import static org.rookery.domain.chess.InvalidFenException.Field.CASTLING;
import static org.rookery.domain.chess.InvalidFenException.Field.EN_PASSANT;
import static org.rookery.domain.chess.InvalidFenException.Field.FIELD_COUNT;
import static org.rookery.domain.chess.InvalidFenException.Field.FULLMOVE_NUMBER;
import static org.rookery.domain.chess.InvalidFenException.Field.HALFMOVE_CLOCK;
import static org.rookery.domain.chess.InvalidFenException.Field.PIECE_PLACEMENT;
import static org.rookery.domain.chess.InvalidFenException.Field.SIDE_TO_MOVE;

import org.rookery.domain.chess.InvalidFenException.Field;
import org.rookery.domain.chess.internal.Zobrist;

/**
 * Forsyth–Edwards Notation: strict parsing into a {@link Position} (never a half-built one) and
 * printing. Castling accepts {@code KQkq}, Shredder-FEN file letters ({@code HAha}) and X-FEN;
 * printing uses {@code KQkq} and, in Chess960, X-FEN file letters where {@code K}/{@code Q} would
 * be ambiguous. The en-passant square is printed only when an en-passant capture is legal.
 * Stateless, so thread-safe.
 */
public final class Fen {
    private static final int MAX_COUNTER_DIGITS = 6;

    private Fen() {}

    public static Position parse(String fen) {
        if (fen == null) throw new InvalidFenException("null", FIELD_COUNT, "no FEN given");
        String[] f = fen.strip().split(" +");
        if (f.length != 6) {
            throw new InvalidFenException(fen, FIELD_COUNT, "expected 6 space-separated fields, found " + f.length);
        }
        Position p = new Position();
        placePieces(p, fen, f[0]);
        switch (f[1]) {
            case "w" -> p.side = Position.WHITE;
            case "b" -> p.side = Position.BLACK;
            default -> throw new InvalidFenException(fen, SIDE_TO_MOVE, "expected 'w' or 'b', found '" + f[1] + "'");
        }
        new CastlingField(p, fen).parse(f[2]);
        p.halfmoveClock = counter(fen, HALFMOVE_CLOCK, f[4], 0);
        p.fullmoveNumber = counter(fen, FULLMOVE_NUMBER, f[5], 1);
        checkKings(p, fen);
        parseEnPassant(p, fen, f[3]);
        p.key = computeKey(p);
        return p;
    }

    private static void placePieces(Position p, String fen, String placement) {
        String[] ranks = placement.split("/", -1);
        if (ranks.length != 8) fail(fen, PIECE_PLACEMENT, "expected 8 ranks separated by '/', found " + ranks.length);
        for (int i = 0; i < 8; i++) {
            int rank = 7 - i, file = 0;
            boolean lastWasDigit = false;
            for (char c : ranks[i].toCharArray()) {
                if (c >= '1' && c <= '8') {
                    if (lastWasDigit) fail(fen, PIECE_PLACEMENT, "two digits in a row on rank " + (rank + 1));
                    file += c - '0';
                    lastWasDigit = true;
                    continue;
                }
                lastWasDigit = false;
                PieceType type = PieceType.fromLetter(c);
                if (type == null) fail(fen, PIECE_PLACEMENT, "'" + c + "' is not a piece letter");
                if (file > 7) fail(fen, PIECE_PLACEMENT, "rank " + (rank + 1) + " has more than 8 squares");
                if (type == PieceType.PAWN && (rank == 0 || rank == 7)) {
                    fail(fen, PIECE_PLACEMENT, "pawn on rank " + (rank + 1));
                }
                int color = Character.isUpperCase(c) ? Position.WHITE : Position.BLACK;
                p.put(Square.of(file, rank), (color << 3) | (type.ordinal() + 1));
                file++;
            }
            if (file != 8) fail(fen, PIECE_PLACEMENT, "rank " + (rank + 1) + " has " + file + " squares, not 8");
        }
    }

    private static void checkKings(Position p, String fen) {
        for (int color = 0; color < 2; color++) {
            int kings = Long.bitCount(p.byType[Position.KING] & p.byColor[color]);
            String name = color == 0 ? "White" : "Black";
            if (kings != 1) fail(fen, PIECE_PLACEMENT, name + " has " + kings + " kings, not 1");
        }
        long occ = p.byColor[0] | p.byColor[1];
        int them = p.side ^ 1;
        int theirKing = Long.numberOfTrailingZeros(p.byType[Position.KING] & p.byColor[them]);
        if (p.isAttacked(theirKing, p.side, occ)) {
            fail(fen, SIDE_TO_MOVE, "the side not to move is in check");
        }
        int ourKing = Long.numberOfTrailingZeros(p.byType[Position.KING] & p.byColor[p.side]);
        if (Long.bitCount(p.attackersOf(ourKing, them, occ)) > 2) {
            fail(fen, PIECE_PLACEMENT, "the king is attacked by more than two pieces");
        }
    }

    private static void parseEnPassant(Position p, String fen, String field) {
        if (field.equals("-")) return;
        int ep = Square.parse(field);
        if (ep == Square.NONE) fail(fen, EN_PASSANT, "'" + field + "' is not a square");
        int us = p.side;
        int expectedRank = us == Position.WHITE ? 5 : 2;
        if (Square.rank(ep) != expectedRank) {
            fail(fen, EN_PASSANT, field + " is not on rank " + (expectedRank + 1) + " for the side to move");
        }
        int pushedPawn = us == Position.WHITE ? ep - 8 : ep + 8;
        int origin = us == Position.WHITE ? ep + 8 : ep - 8;
        int enemyPawn = ((us ^ 1) << 3) | (Position.PAWN + 1);
        if (p.board[ep] != 0 || p.board[origin] != 0 || p.board[pushedPawn] != enemyPawn) {
            fail(fen, EN_PASSANT, field + " is impossible: no pawn can just have made a double step past it");
        }
        if (p.halfmoveClock != 0) fail(fen, HALFMOVE_CLOCK, "must be 0 right after a pawn's double step");
        p.setEnPassantIfLegal(ep, pushedPawn, us); // kept only when a capture is legal
    }

    private static int counter(String fen, Field field, String text, int min) {
        if (text.isEmpty() || text.length() > MAX_COUNTER_DIGITS || !text.chars().allMatch(Character::isDigit)) {
            fail(fen, field, "'" + text + "' is not a number of at most " + MAX_COUNTER_DIGITS + " digits");
        }
        int value = Integer.parseInt(text);
        if (value < min) fail(fen, field, "must be at least " + min + ", found " + value);
        return value;
    }

    static long computeKey(Position p) {
        long key = 0;
        for (int sq = 0; sq < 64; sq++) if (p.board[sq] != 0) key ^= Zobrist.piece(p.board[sq], sq);
        key ^= Zobrist.castling(p.castling);
        if (p.epSquare >= 0) key ^= Zobrist.enPassant(p.epSquare & 7);
        if (p.side == Position.BLACK) key ^= Zobrist.blackToMove();
        return key;
    }

    static void fail(String fen, Field field, String reason) {
        throw new InvalidFenException(fen, field, reason);
    }

    public static String format(Position p) {
        StringBuilder sb = new StringBuilder(90);
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                int code = p.board[Square.of(file, rank)];
                if (code == 0) {
                    empty++;
                    continue;
                }
                if (empty > 0) sb.append(empty);
                empty = 0;
                char letter = PieceType.of((code & 7) - 1).letter();
                sb.append((code >> 3) == Position.WHITE ? letter : Character.toLowerCase(letter));
            }
            if (empty > 0) sb.append(empty);
            if (rank > 0) sb.append('/');
        }
        sb.append(p.side == Position.WHITE ? " w " : " b ");
        CastlingField.format(p, sb);
        sb.append(' ').append(p.epSquare >= 0 ? Square.name(p.epSquare) : "-");
        sb.append(' ').append(p.halfmoveClock).append(' ').append(p.fullmoveNumber);
        return sb.toString();
    }
}
