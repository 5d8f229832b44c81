package org.rookery.domain.knowledge.endgame.internal;

/**
 * What one part of the {@link InitialScan} found besides the per-position arrays: checkmates,
 * positions decided by their exits (by plies), and double steps that allow en passant. Parts are
 * scanned in parallel, each into its own findings, then merged in order. Not thread-safe.
 */
final class ScanFindings {
    final IntList mates = new IntList();
    final IntList[] byExit = new IntList[Table.MAX_PLIES + 2];
    final EpEdges epEdges = new EpEdges();

    void decidedByExits(int index, int plies) {
        if (plies > Table.MAX_PLIES) throw new IllegalStateException("mate beyond " + Table.MAX_PLIES + " plies");
        if (byExit[plies] == null) byExit[plies] = new IntList();
        byExit[plies].add(index);
    }
}
