package org.rookery.domain.knowledge.endgame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.knowledge.endgame.internal.TableLibrary;

/**
 * Endgame tablebases we compute ourselves by retrograde analysis: exact win/draw/loss and distance
 * to mate for every position of the endings it covers (and the bare kings), with the best moves.
 * A table is solved the first time one of its positions is asked for, with the tables it depends
 * on, and kept in the cache folder for the next process. Positions with castling rights or an
 * en-passant right (the tables hold none) are answered by looking one move ahead. Thread-safe;
 * the {@link Position} passed in is used as scratch and restored.
 */
public final class Tablebase {
    private static final List<String> COMMON_FOUR_PIECE = List.of(
            "KQKR", "KRKB", "KRKN", "KQKB", "KQKN", "KBNK", "KBBK", "KPKP", "KQKP", "KRKP", "KRKR", "KQKQ");
    private final TableLibrary library;
    private final Set<Ending> covered;

    private Tablebase(Path cacheFolder, Set<Ending> endings) {
        this.library = new TableLibrary(cacheFolder);
        this.covered = Collections.unmodifiableSet(closure(endings));
    }

    /** Tablebases for these endings (and those they depend on), cached in a folder. */
    public static Tablebase cachedIn(Path cacheFolder, Set<Ending> endings) {
        return new Tablebase(java.util.Objects.requireNonNull(cacheFolder, "cacheFolder"), endings);
    }

    /** Tablebases kept in memory only: solved again by every process. */
    public static Tablebase inMemory(Set<Ending> endings) {
        return new Tablebase(null, endings);
    }

    /**
     * Every 3-piece ending and the common 4-piece ones (KQKR, KRKB, KRKN, KQKB, KQKN, KBNK, KBBK,
     * KPKP, KQKP, KRKP, KRKR, KQKQ), with the endings they depend on (KBKB, KBKN, KNKN, KBKP, KNKP).
     */
    public static Set<Ending> standardEndings() {
        Set<Ending> endings = new LinkedHashSet<>(Ending.threePiece());
        for (String name : COMMON_FOUR_PIECE) endings.add(Ending.of(name));
        return Collections.unmodifiableSet(closure(endings));
    }

    /**
     * The version of the answers: it changes only when the table format or the solver changes
     * what a table holds (the tables of an ending are otherwise always the same), so a cache of
     * answers can key on it.
     */
    public static String version() {
        return TableLibrary.version();
    }

    /** The canonical endings this tablebase answers for. */
    public Set<Ending> endings() {
        return covered;
    }

    /** Whether the position's ending is covered (any position of two kings alone is). */
    public boolean covers(Position position) {
        int pieces = pieceCount(position);
        if (pieces == 2) return true;
        return TableLibrary.endingOf(position).map(e -> covered.contains(e.canonical())).orElse(false);
    }

    /** Solves (or loads) the table of a covered ending now rather than at its first lookup. */
    public void prepare(Ending ending) {
        Ending canonical = ending.canonical();
        if (!covered.contains(canonical)) throw new IllegalArgumentException(ending + " is not covered by this tablebase");
        library.table(canonical);
    }

    /** The answer for a position, or empty when its ending is not covered. */
    public Optional<EndgameAnswer> probe(Position position) {
        if (!covers(position)) return Optional.empty();
        String ending = pieceCount(position) == 2 ? "KK" : TableLibrary.endingOf(position).orElseThrow().name();
        int plies = plies(position);
        List<String> best = new ArrayList<>();
        for (int move : position.legalMoves()) {
            position.makeMove(move);
            int theirs = plies(position);
            position.unmakeMove();
            if (ours(theirs) == plies) best.add(Uci.format(position, move));
        }
        Wdl wdl = plies < 0 ? Wdl.DRAW : plies % 2 == 1 ? Wdl.WIN : Wdl.LOSS;
        return Optional.of(new EndgameAnswer(ending, wdl, plies, best));
    }

    /** Plies to mate for the side to move (-1 a draw); looks a move ahead when the tables cannot hold the position. */
    private int plies(Position position) {
        if (!hasRights(position)) return pieceCount(position) == 2 ? -1 : library.plies(position);
        int best = Integer.MIN_VALUE, bestPlies = -1;
        for (int move : position.legalMoves()) {
            position.makeMove(move);
            int value = ours(plies(position));
            position.unmakeMove();
            if (score(value) > best) {
                best = score(value);
                bestPlies = value;
            }
        }
        if (best == Integer.MIN_VALUE) return position.inCheck() ? 0 : -1; // no move: mated or stalemated
        return bestPlies;
    }

    /** Our value after a move, from the opponent's plies to mate. */
    private static int ours(int theirs) {
        return theirs < 0 ? -1 : theirs + 1;
    }

    /** Higher is better for the side to move: fast wins, then draws, then slow losses. */
    private static int score(int plies) {
        return plies < 0 ? 0 : plies % 2 == 1 ? 1000 - plies : plies - 1000;
    }

    /** Castling or en-passant rights: what the tables do not hold. */
    private static boolean hasRights(Position position) {
        if (position.enPassantSquare() >= 0) return true;
        String fen = position.toFen();
        int castling = fen.indexOf(' ', fen.indexOf(' ') + 1) + 1;
        return fen.charAt(castling) != '-';
    }

    private static int pieceCount(Position position) {
        int n = 0;
        for (int sq = 0; sq < 64; sq++) if (position.pieceTypeAt(sq) != null) n++;
        return n;
    }

    private static Set<Ending> closure(Set<Ending> endings) {
        Set<Ending> all = new LinkedHashSet<>();
        List<Ending> todo = new ArrayList<>();
        for (Ending e : endings) todo.add(e.canonical());
        while (!todo.isEmpty()) {
            Ending e = todo.remove(todo.size() - 1);
            if (all.add(e)) todo.addAll(e.successors());
        }
        return all;
    }
}
