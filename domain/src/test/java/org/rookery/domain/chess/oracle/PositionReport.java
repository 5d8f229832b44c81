package org.rookery.domain.chess.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;

/**
 * What one implementation says about one position: its FEN, every legal move (UCI, sorted) with
 * its SAN, and the verdicts both implementations give (check, checkmate, stalemate, insufficient
 * material, threefold repetition and fifty-move rule claimable). Immutable.
 */
record PositionReport(
        String fen,
        SortedMap<String, String> sanByUci,
        boolean check,
        boolean checkmate,
        boolean stalemate,
        boolean insufficientMaterial,
        boolean threefold,
        boolean fiftyMoves) {

    PositionReport {
        Objects.requireNonNull(fen, "fen");
        sanByUci = Collections.unmodifiableSortedMap(new TreeMap<>(sanByUci));
    }

    /** What our engine says. */
    static PositionReport of(Position position) {
        SortedMap<String, String> sanByUci = new TreeMap<>();
        for (int move : position.legalMoves()) sanByUci.put(Uci.format(position, move), San.format(position, move));
        return new PositionReport(position.toFen(), sanByUci, position.inCheck(), position.isCheckmate(),
                position.isStalemate(), position.isInsufficientMaterial(), position.canClaimThreefoldRepetition(),
                position.canClaimFiftyMoves());
    }

    /** What chess.js says, from one line of the oracle's output. */
    static PositionReport fromChessJs(Map<String, Object> line) {
        List<?> moves = (List<?>) line.get("moves"), san = (List<?>) line.get("san");
        if (moves.size() != san.size()) throw new IllegalArgumentException("moves and san differ in length: " + line);
        SortedMap<String, String> sanByUci = new TreeMap<>();
        for (int i = 0; i < moves.size(); i++) sanByUci.put((String) moves.get(i), (String) san.get(i));
        return new PositionReport((String) line.get("fen"), sanByUci, flag(line, "isCheck"), flag(line, "isCheckmate"),
                flag(line, "isStalemate"), flag(line, "isInsufficientMaterial"), flag(line, "isThreefoldRepetition"),
                flag(line, "isDrawByFiftyMoves"));
    }

    private static boolean flag(Map<String, Object> line, String name) {
        if (!(line.get(name) instanceof Boolean b)) throw new IllegalArgumentException("no boolean " + name + " in " + line);
        return b;
    }

    /**
     * How {@code theirs} differs from this report, one sentence per difference (empty when they
     * agree). The threefold verdict is left to {@link ThreefoldRule}, which knows chess.js's convention.
     */
    List<String> differencesFrom(PositionReport theirs) {
        List<String> out = new ArrayList<>();
        if (!fen.equals(theirs.fen)) out.add("FEN: ours " + fen + ", chess.js " + theirs.fen);
        List<String> onlyOurs = new ArrayList<>(), onlyTheirs = new ArrayList<>();
        sanByUci.keySet().stream().filter(m -> !theirs.sanByUci.containsKey(m)).forEach(onlyOurs::add);
        theirs.sanByUci.keySet().stream().filter(m -> !sanByUci.containsKey(m)).forEach(onlyTheirs::add);
        if (!onlyOurs.isEmpty()) out.add("legal moves only we generate: " + onlyOurs);
        if (!onlyTheirs.isEmpty()) out.add("legal moves only chess.js generates: " + onlyTheirs);
        sanByUci.forEach((uci, san) -> {
            String other = theirs.sanByUci.get(uci);
            if (other != null && !other.equals(san)) out.add("SAN of " + uci + ": ours " + san + ", chess.js " + other);
        });
        compare(out, "check", check, theirs.check);
        compare(out, "checkmate", checkmate, theirs.checkmate);
        compare(out, "stalemate", stalemate, theirs.stalemate);
        compare(out, "insufficient material", insufficientMaterial, theirs.insufficientMaterial);
        compare(out, "fifty-move rule claimable", fiftyMoves, theirs.fiftyMoves);
        return out;
    }

    private static void compare(List<String> out, String verdict, boolean ours, boolean theirs) {
        if (ours != theirs) out.add(verdict + ": ours " + ours + ", chess.js " + theirs);
    }
}
