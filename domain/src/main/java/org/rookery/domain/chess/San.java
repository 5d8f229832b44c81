package org.rookery.domain.chess;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard Algebraic Notation. Printing is strict (minimal disambiguation by file, then rank,
 * then both; {@code =Q}; {@code +} and {@code #}; {@code O-O}/{@code O-O-O}). Parsing is
 * tolerant of common variants: {@code 0-0}, missing or extra check marks, annotation glyphs
 * ({@code !?}), {@code :} for captures, a missing {@code x}, a promotion without {@code =},
 * over-disambiguation, and a trailing {@code e.p.}. Stateless, so thread-safe; the position is
 * used as scratch and restored.
 */
public final class San {
    private static final Pattern SAN =
            Pattern.compile("([NBRQK])?([a-h])?([1-8])?[x:]?([a-h][1-8])(?:=?([NBRQnbrq]))?");

    private San() {}

    public static String format(Position p, int move) {
        StringBuilder sb = new StringBuilder(8);
        if (Move.isCastling(move)) {
            sb.append(Move.to(move) > Move.from(move) ? "O-O" : "O-O-O");
        } else {
            int from = Move.from(move), to = Move.to(move);
            PieceType type = p.pieceTypeAt(from);
            boolean capture = p.pieceTypeAt(to) != null || Move.isEnPassant(move);
            if (type == PieceType.PAWN) {
                if (capture) sb.append((char) ('a' + Square.file(from)));
            } else {
                sb.append(type.letter());
                appendDisambiguation(p, move, type, sb);
            }
            if (capture) sb.append('x');
            sb.append(Square.name(to));
            PieceType promo = Move.promotion(move);
            if (promo != null) sb.append('=').append(promo.letter());
        }
        p.makeMove(move);
        if (p.inCheck()) sb.append(p.legalMoveCount() == 0 ? '#' : '+');
        p.unmakeMove();
        return sb.toString();
    }

    private static void appendDisambiguation(Position p, int move, PieceType type, StringBuilder sb) {
        int from = Move.from(move), to = Move.to(move);
        if (p.rivalsFor(from, to) == 0) return; // the usual case: no generation needed
        boolean ambiguous = false, sameFile = false, sameRank = false;
        int n = p.legalMoveCount();
        int[] moves = p.legalMovesBuffer();
        for (int i = 0; i < n; i++) {
            int other = moves[i];
            int o = Move.from(other);
            if (o == from || Move.to(other) != to || Move.isCastling(other) || p.pieceTypeAt(o) != type) continue;
            ambiguous = true;
            sameFile |= Square.file(o) == Square.file(from);
            sameRank |= Square.rank(o) == Square.rank(from);
        }
        if (!ambiguous) return;
        if (!sameFile) {
            sb.append((char) ('a' + Square.file(from)));
        } else if (!sameRank) {
            sb.append((char) ('1' + Square.rank(from)));
        } else {
            sb.append(Square.name(from));
        }
    }

    /**
     * The legal move the text names.
     *
     * @throws IllegalMoveException MALFORMED, ILLEGAL or AMBIGUOUS
     */
    public static int parse(Position p, String text) {
        String san = normalize(text);
        if (san.equals("O-O") || san.equals("O-O-O")) return castling(p, text, san.length() == 3);
        Matcher m = SAN.matcher(san);
        if (!m.matches()) throw refuse(IllegalMoveException.Reason.MALFORMED, text, "is not a SAN move");
        PieceType type = m.group(1) == null ? PieceType.PAWN : PieceType.fromLetter(m.group(1).charAt(0));
        int fromFile = m.group(2) == null ? -1 : m.group(2).charAt(0) - 'a';
        int fromRank = m.group(3) == null ? -1 : m.group(3).charAt(0) - '1';
        int to = Square.parse(m.group(4));
        PieceType promo = m.group(5) == null ? null : PieceType.fromLetter(m.group(5).charAt(0));
        int found = Move.NONE;
        int n = p.legalMoveCount();
        int[] legal = p.legalMovesBuffer(); // no copy: valid until the next make or unmake
        for (int i = 0; i < n; i++) {
            int move = legal[i];
            int from = Move.from(move);
            if (Move.isCastling(move) || Move.to(move) != to || p.pieceTypeAt(from) != type) continue;
            if ((fromFile >= 0 && Square.file(from) != fromFile) || (fromRank >= 0 && Square.rank(from) != fromRank)) continue;
            if (Move.promotion(move) != promo) continue;
            if (found != Move.NONE) throw refuse(IllegalMoveException.Reason.AMBIGUOUS, text, "matches more than one legal move");
            found = move;
        }
        if (found == Move.NONE) throw refuse(IllegalMoveException.Reason.ILLEGAL, text, "is not a legal move in " + p.toFen());
        return found;
    }

    private static String normalize(String text) {
        if (text == null) return "";
        String s = text.strip();
        if (s.endsWith("e.p.")) s = s.substring(0, s.length() - 4).strip();
        int end = s.length();
        while (end > 0 && "+#!?".indexOf(s.charAt(end - 1)) >= 0) end--;
        s = s.substring(0, end);
        return s.replace('0', 'O').replace('o', 'O');
    }

    private static int castling(Position p, String text, boolean hSide) {
        int n = p.legalMoveCount();
        int[] legal = p.legalMovesBuffer();
        for (int i = 0; i < n; i++) {
            int move = legal[i];
            if (Move.isCastling(move) && (Move.to(move) > Move.from(move)) == hSide) return move;
        }
        throw refuse(IllegalMoveException.Reason.ILLEGAL, text, "is not a legal move in " + p.toFen());
    }

    private static IllegalMoveException refuse(IllegalMoveException.Reason reason, String text, String why) {
        return new IllegalMoveException(reason, String.valueOf(text), "'" + text + "' " + why);
    }
}
