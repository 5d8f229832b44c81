package org.rookery.domain.knowledge.endgame.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;
import org.rookery.domain.knowledge.endgame.Ending;

/**
 * The solved tables of a process: each ending's table is read from the cache folder when a valid
 * file is there, else solved (after the endings it depends on) and written there. Thread-safe:
 * lookups of loaded tables run in parallel, loading and solving one at a time.
 */
public final class TableLibrary implements TableSource {
    private final Path folder;
    private final Map<Ending, Table> tables = new ConcurrentHashMap<>();
    /** Material (a count per colour and piece type) to its canonical ending and whether to mirror. */
    private final Map<Integer, Resolved> canonicalByMaterial = new ConcurrentHashMap<>();
    private final ReentrantLock loading = new ReentrantLock();

    /** A library caching its tables in {@code folder}, or only in memory when it is null. */
    public TableLibrary(Path folder) {
        this.folder = folder;
    }

    /** The table of a canonical ending, loaded or solved on first use. */
    @Override
    public Table table(Ending canonical) {
        if (!canonical.isCanonical()) throw new IllegalArgumentException(canonical + " is not canonical: use " + canonical.canonical());
        Table table = tables.get(canonical);
        if (table != null) return table;
        loading.lock();
        try {
            table = tables.get(canonical);
            if (table == null) {
                table = loadOrSolve(canonical);
                tables.put(canonical, table);
            }
            return table;
        } finally {
            loading.unlock();
        }
    }

    /** Like the default, with the ending of each material worked out once (the solver asks millions of times). */
    @Override
    public int plies(Placement placement) {
        return plies(placement, true);
    }

    /**
     * What a solve reads its smaller tables from: those already loaded, never loading (the
     * solve's parallel first pass must not wait for the lock its own thread holds).
     */
    private final TableSource loadedOnly = new TableSource() {
        @Override
        public Table table(Ending canonical) {
            return loaded(canonical);
        }

        @Override
        public int plies(Placement placement) {
            return TableLibrary.this.plies(placement, false);
        }
    };

    private Table loaded(Ending canonical) {
        Table table = tables.get(canonical);
        if (table == null) throw new IllegalStateException(canonical + " was not solved before the endings that depend on it");
        return table;
    }

    private int plies(Placement placement, boolean mayLoad) {
        int material = 0;
        for (int i = 0; i < placement.types().length; i++) material += 1 << (placement.colors()[i] * 18 + placement.types()[i] * 3);
        if (placement.types().length < 3) return -1;
        Resolved resolved = canonicalByMaterial.computeIfAbsent(material, m -> {
            Ending ending = placement.ending();
            return new Resolved(ending.canonical(), !ending.isCanonical());
        });
        Placement p = resolved.mirrored() ? placement.flipped() : placement;
        Table table = mayLoad ? table(resolved.canonical()) : loaded(resolved.canonical());
        return table.plies(table.layout().index(p.slotSquares(table.layout()), p.sideToMove()));
    }

    /** The version of what tables hold: the cache file format's. */
    public static String version() {
        return "rtb" + TableFile.FORMAT_VERSION;
    }

    /** Whether the ending's table is in memory already. */
    public boolean isLoaded(Ending canonical) {
        return tables.containsKey(canonical);
    }

    /** Plies to mate for the side to move (-1 a draw) of a position of at most four pieces, castling and en passant aside. */
    public int plies(Position position) {
        return plies(placementOf(position));
    }

    /** The ending a position of three or four pieces belongs to (not necessarily canonical); empty for other counts. */
    public static Optional<Ending> endingOf(Position position) {
        long pieces = 0;
        for (int sq = 0; sq < 64; sq++) if (position.pieceTypeAt(sq) != null) pieces++;
        if (pieces < 3 || pieces > 4) return Optional.empty();
        return Optional.of(placementOf(position).ending());
    }

    private Table loadOrSolve(Ending canonical) {
        Layout layout = new Layout(canonical);
        Path file = folder == null ? null : TableFile.pathIn(folder, canonical);
        if (file != null) {
            Optional<Table> cached = TableFile.read(file, layout);
            if (cached.isPresent()) return cached.get();
        }
        for (Ending smaller : canonical.successors()) table(smaller);
        Table solved = new RetrogradeSolver(layout, loadedOnly).solve();
        if (file != null) TableFile.write(file, solved);
        return solved;
    }

    private static Placement placementOf(Position position) {
        int n = 0;
        int[] types = new int[4], colors = new int[4], squares = new int[4];
        for (int sq = 0; sq < 64; sq++) {
            PieceType type = position.pieceTypeAt(sq);
            if (type == null) continue;
            if (n == 4) throw new IllegalArgumentException("more than four pieces: " + position.toFen());
            types[n] = type.ordinal();
            colors[n] = position.colorAt(sq) == Color.WHITE ? 0 : 1;
            squares[n++] = sq;
        }
        return new Placement(java.util.Arrays.copyOf(types, n), java.util.Arrays.copyOf(colors, n),
                java.util.Arrays.copyOf(squares, n), position.sideToMove() == Color.WHITE ? 0 : 1);
    }

    /** The canonical ending of a material and whether positions must be mirrored to be looked up there. */
    private record Resolved(Ending canonical, boolean mirrored) {}
}
