package org.rookery.domain.chess;

import static org.rookery.domain.chess.InvalidFenException.Field.CASTLING;

/**
 * Reads and writes the castling field of a FEN: {@code KQkq}, Shredder-FEN file letters and
 * X-FEN. Sets the rights, each right's rook square, the squares whose move or capture clears a
 * right, and whether the placement is a Chess960 one. Not thread-safe (it fills one position).
 */
final class CastlingField {
    private final Position p;
    private final String fen;

    CastlingField(Position p, String fen) {
        this.p = p;
        this.fen = fen;
    }

    void parse(String field) {
        if (field.equals("-")) return;
        if (field.length() > 4) Fen.fail(fen, CASTLING, "more than four castling rights in '" + field + "'");
        for (char c : field.toCharArray()) {
            int color = Character.isUpperCase(c) ? Position.WHITE : Position.BLACK;
            char upper = Character.toUpperCase(c);
            int rank = color == Position.WHITE ? 0 : 7;
            long kings = p.byType[Position.KING] & p.byColor[color] & (0xFFL << (rank * 8));
            if (kings == 0) Fen.fail(fen, CASTLING, "'" + c + "' but that side's king is not on its back rank");
            int kingFile = Square.file(Long.numberOfTrailingZeros(kings));
            int rookFile = switch (upper) {
                case 'K' -> outermostRook(color, rank, kingFile + 1, 7, c);
                case 'Q' -> outermostRook(color, rank, kingFile - 1, 0, c);
                default -> {
                    if (upper < 'A' || upper > 'H') Fen.fail(fen, CASTLING, "'" + c + "' is not a castling right");
                    yield upper - 'A';
                }
            };
            if (rookFile == kingFile) Fen.fail(fen, CASTLING, "'" + c + "' names the king's own file");
            int rookSquare = Square.of(rookFile, rank);
            if (p.board[rookSquare] != ((color << 3) | (Position.ROOK + 1))) {
                Fen.fail(fen, CASTLING, "'" + c + "' but there is no rook of that side on " + Square.name(rookSquare));
            }
            int right = color * 2 + (rookFile > kingFile ? 0 : 1);
            if ((p.castling & (1 << right)) != 0) Fen.fail(fen, CASTLING, "castling right given twice in '" + field + "'");
            p.castling |= 1 << right;
            p.castlingRook[right] = rookSquare;
            p.castlingKeep[rookSquare] &= ~(1 << right);
            p.castlingKeep[Square.of(kingFile, rank)] &= ~(3 << (color * 2));
            if (kingFile != 4 || (rookFile != 0 && rookFile != 7)) p.chess960 = true;
        }
    }

    /** File of the rook of {@code color} on {@code rank} farthest from the king, scanning toward the edge. */
    private int outermostRook(int color, int rank, int fromFile, int edgeFile, char c) {
        int step = edgeFile > fromFile ? 1 : -1;
        int found = -1;
        for (int f = fromFile; f >= 0 && f <= 7 && f != edgeFile + step; f += step) {
            if (p.board[Square.of(f, rank)] == ((color << 3) | (Position.ROOK + 1))) found = f;
        }
        if (found < 0) Fen.fail(fen, CASTLING, "'" + c + "' but there is no rook on that side of the king");
        return found;
    }

    static void format(Position p, StringBuilder sb) {
        if (p.castling == 0) {
            sb.append('-');
            return;
        }
        for (int right = 0; right < 4; right++) {
            if ((p.castling & (1 << right)) == 0) continue;
            int color = right / 2;
            boolean hSide = (right & 1) == 0;
            char letter = hSide ? 'K' : 'Q';
            if (p.chess960 && !isOutermost(p, right, hSide)) letter = (char) ('A' + Square.file(p.castlingRook[right]));
            sb.append(color == Position.WHITE ? letter : Character.toLowerCase(letter));
        }
    }

    private static boolean isOutermost(Position p, int right, boolean hSide) {
        int rsq = p.castlingRook[right];
        int rookCode = p.board[rsq];
        for (int f = Square.file(rsq) + (hSide ? 1 : -1); f >= 0 && f <= 7; f += hSide ? 1 : -1) {
            if (p.board[Square.of(f, Square.rank(rsq))] == rookCode) return false;
        }
        return true;
    }
}
