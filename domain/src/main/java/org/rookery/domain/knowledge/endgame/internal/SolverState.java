package org.rookery.domain.knowledge.endgame.internal;

/**
 * The working arrays of one retrograde solve, indexed by position number: the value found so far
 * (as in {@link Table}, 0 meaning not known yet), the moves not yet refuted, the longest loss
 * among moves that leave the table, the positions whose result their exits already decide (by
 * plies), the checkmates, and the double steps that allow an en-passant capture. Not thread-safe.
 */
final class SolverState {
    final Layout layout;
    final byte[] value, count, exitLoss;
    final IntList[] byExit = new IntList[Table.MAX_PLIES + 2];
    final IntList mates = new IntList();
    final EpEdges epEdges = new EpEdges();

    SolverState(Layout layout) {
        this.layout = layout;
        value = new byte[layout.size()];
        count = new byte[layout.size()];
        exitLoss = new byte[layout.size()];
    }

    /** Records that a position's exits alone make it a win or a loss in {@code plies}. */
    /** Adds what one part of the scan found, after what earlier parts found. */
    void absorb(ScanFindings part) {
        for (int i = 0; i < part.mates.size(); i++) mates.add(part.mates.get(i));
        for (int ply = 0; ply < part.byExit.length; ply++) {
            IntList decided = part.byExit[ply];
            if (decided != null) for (int i = 0; i < decided.size(); i++) decidedByExits(decided.get(i), ply);
        }
        for (int i = 0; i < part.epEdges.size(); i++) epEdges.add(part.epEdges.from(i), part.epEdges.target(i), part.epEdges.capture(i));
    }

    void decidedByExits(int index, int plies) {
        if (plies > Table.MAX_PLIES) throw new IllegalStateException(layout.ending() + ": mate beyond " + Table.MAX_PLIES + " plies");
        if (byExit[plies] == null) byExit[plies] = new IntList();
        byExit[plies].add(index);
    }

    int counter(int index) {
        return count[index] & 0xFF;
    }

    void setCounter(int index, int n) {
        if (n > 254) throw new IllegalStateException(layout.ending() + ": more than 254 moves to count");
        count[index] = (byte) n;
    }

    boolean known(int index) {
        return value[index] != 0;
    }

    /** Plies of a decided position, or -1 while it is open (or a draw, or no position). */
    int plies(int index) {
        int v = value[index] & 0xFF;
        return v == 0 || v == Table.NONE ? -1 : v - 1;
    }

    void decide(int index, int plies) {
        if (plies > Table.MAX_PLIES) throw new IllegalStateException(layout.ending() + ": mate beyond " + Table.MAX_PLIES + " plies");
        value[index] = (byte) (plies + 1);
    }
}
