package org.rookery.domain.chess.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.RandomGames.PlayedGame;
import org.rookery.domain.chess.Uci;

/**
 * Replays games with our engine next to chess.js's description of the same positions and collects
 * every disagreement, each with the game, the ply, the moves that lead there and the FEN. Not
 * thread-safe.
 */
final class GameComparison {
    private static final int MAX_REPORTED = 25;
    private final List<String> disagreements = new ArrayList<>();
    private final Set<String> distinct = new HashSet<>();
    private final Map<String, Integer> coverage = new TreeMap<>();
    private int positions, knownDeviations, unreported;

    /** Compares one game, position by position; {@code chessJs} holds the oracle's lines for that game. */
    void compare(int gameIndex, PlayedGame game, List<Map<String, Object>> chessJs) {
        Position position = Position.fromFen(game.startFen());
        ThreefoldRule threefold = new ThreefoldRule();
        for (int ply = 0; ply <= game.uciMoves().size(); ply++) {
            String where = "game " + gameIndex + " ply " + ply + " (from " + game.startFen() + " after "
                    + game.uciMoves().subList(0, ply) + ") at " + position.toFen();
            if (ply >= chessJs.size()) {
                report(where, List.of("chess.js stopped describing this game"));
                return;
            }
            Map<String, Object> line = chessJs.get(ply);
            if (line.containsKey("error")) {
                report(where, List.of(String.valueOf(line.get("error"))));
                return;
            }
            PositionReport ours = PositionReport.of(position), theirs = PositionReport.fromChessJs(line);
            List<String> differences = new ArrayList<>(ours.differencesFrom(theirs));
            threefold.record(line);
            switch (threefold.judge(ours.threefold(), theirs.threefold())) {
                case AGREE -> {}
                case KNOWN_CHESS_JS_DEVIATION -> knownDeviations++;
                case DISAGREE -> differences.add("threefold repetition claimable: ours " + ours.threefold()
                        + ", chess.js " + theirs.threefold());
            }
            report(where, differences);
            count(ours);
            positions++;
            distinct.add(withoutMoveCounters(ours.fen()));
            if (ply < game.uciMoves().size()) position.makeMove(Uci.parse(position, game.uciMoves().get(ply)));
        }
    }

    private static String withoutMoveCounters(String fen) {
        return fen.replaceFirst(" \\d+ \\d+$", "");
    }

    private void count(PositionReport ours) {
        tally("check", ours.check());
        tally("checkmate", ours.checkmate());
        tally("stalemate", ours.stalemate());
        tally("insufficient material", ours.insufficientMaterial());
        tally("threefold claimable", ours.threefold());
        tally("fifty moves claimable", ours.fiftyMoves());
        tally("en passant legal", !ours.fen().split(" ")[3].equals("-"));
        tally("castling legal", ours.sanByUci().values().stream().anyMatch(san -> san.startsWith("O-O")));
        tally("promotion legal", ours.sanByUci().values().stream().anyMatch(san -> san.contains("=")));
        tally("disambiguated SAN", ours.sanByUci().values().stream().anyMatch(GameComparison::isDisambiguated));
    }

    /** A piece move whose SAN names the origin file or rank, like Nbd2 or R1e2. */
    private static boolean isDisambiguated(String san) {
        return san.matches("[NBRQK][a-h1-8]{1,2}x?[a-h][1-8].*");
    }

    private void tally(String feature, boolean present) {
        coverage.merge(feature, present ? 1 : 0, Integer::sum);
    }

    private void report(String where, List<String> differences) {
        if (differences.isEmpty()) return;
        if (disagreements.size() < MAX_REPORTED) disagreements.add(where + ": " + String.join("; ", differences));
        else unreported++;
    }

    /** The disagreements found (the first few, then a count of the rest). */
    List<String> disagreements() {
        if (unreported == 0) return disagreements;
        List<String> all = new ArrayList<>(disagreements);
        all.add("... and " + unreported + " more");
        return all;
    }

    int positions() {
        return positions;
    }

    /** Positions that differ in more than their move counters. */
    int distinctPositions() {
        return distinct.size();
    }

    /** How many compared positions had each feature worth comparing (check, checkmate, legal en passant, ...). */
    Map<String, Integer> coverage() {
        return coverage;
    }

    int knownDeviations() {
        return knownDeviations;
    }
}
