package org.rookery.domain.chess.oracle;

import java.util.HashMap;
import java.util.Map;

/**
 * Judges a threefold-repetition disagreement within one game, knowing chess.js's one deviation
 * from the rule: chess.js identifies positions by a hash that includes the en-passant square
 * whenever an enemy pawn stands next to the pawn that just made a double step, even when that
 * en-passant capture is illegal (the capturing pawn is pinned). FIDE (article 9.2.3) and our
 * engine treat such positions as the same as the ones without the square. Both counts are made
 * from chess.js's own output: the FEN it prints (en-passant square only when the capture is
 * legal) and the FEN with the square it keeps internally. Not thread-safe; one per game.
 */
final class ThreefoldRule {
    /** The outcome of comparing the two verdicts. */
    enum Judgement {
        AGREE,
        /** Only chess.js's phantom en-passant square separates the verdicts. */
        KNOWN_CHESS_JS_DEVIATION,
        DISAGREE
    }

    private final Map<String, Integer> byPrintedFen = new HashMap<>();
    private final Map<String, Integer> byHashedFen = new HashMap<>();
    private int printedCount, hashedCount;

    /** Records the game's next position, as chess.js described it. */
    void record(Map<String, Object> chessJsLine) {
        printedCount = byPrintedFen.merge(identity((String) chessJsLine.get("fen")), 1, Integer::sum);
        hashedCount = byHashedFen.merge(identity((String) chessJsLine.get("fenForcedEp")), 1, Integer::sum);
    }

    /** Judges the verdicts on the position recorded last. */
    Judgement judge(boolean ours, boolean chessJs) {
        if (ours == chessJs) return Judgement.AGREE;
        boolean byRule = printedCount >= 3, byChessJsHash = hashedCount >= 3;
        return ours == byRule && chessJs == byChessJsHash ? Judgement.KNOWN_CHESS_JS_DEVIATION : Judgement.DISAGREE;
    }

    /** Placement, side to move, castling rights and en-passant square: what makes positions the same. */
    private static String identity(String fen) {
        String[] fields = fen.split(" ");
        return String.join(" ", fields[0], fields[1], fields[2], fields[3]);
    }
}
