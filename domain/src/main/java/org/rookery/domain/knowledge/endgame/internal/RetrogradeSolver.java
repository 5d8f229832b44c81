package org.rookery.domain.knowledge.endgame.internal;

/**
 * Solves one ending by retrograde analysis, given the solved tables one move away. After the
 * {@link InitialScan}, positions are settled ply by ply: a loss in n makes each predecessor a win
 * in n + 1; a win in n refutes one move of each predecessor, and a predecessor with every move
 * refuted is a loss in n + 1 (or later, when a move leaving the table loses more slowly).
 * Positions decided by their exits, and double steps that allow en passant, join at the ply their
 * value says. What is never settled is a draw. Not thread-safe; one instance per solve.
 */
public final class RetrogradeSolver {
    private final SolverState s;
    private final TableSource smaller;
    private final Predecessors predecessors;

    RetrogradeSolver(Layout layout, TableSource smaller) {
        this.s = new SolverState(layout);
        this.smaller = smaller;
        this.predecessors = new Predecessors(layout, s.epEdges);
    }

    Table solve() {
        scanInParallel();
        IntList current = s.mates;
        int lastCapture = s.epEdges.deepestCapture();
        for (int ply = 0; ply <= Table.MAX_PLIES && (current.size() > 0 || ply <= lastCapture || exitsAfter(ply - 1)); ply++) {
            IntList next = new IntList();
            if (s.byExit[ply] != null) {
                IntList decided = s.byExit[ply];
                for (int i = 0; i < decided.size(); i++) {
                    int index = decided.get(i);
                    if (s.known(index)) continue;
                    s.decide(index, ply);
                    current.add(index);
                }
            }
            for (int i = 0; i < current.size(); i++) {
                int settled = current.get(i);
                SmallIntSet before = predecessors.of(settled);
                for (int j = 0; j < before.size(); j++) update(before.get(j), ply, next);
            }
            settleDoubleSteps(ply, next);
            current = next;
        }
        return new Table(s.layout, s.value); // what was never settled (0) is a draw
    }

    /**
     * The first pass in chunks on the common fork-join pool: each position's scan is independent
     * (and most of the solve's time), the chunks' findings are merged in order.
     */
    private void scanInParallel() {
        int size = s.layout.size(), chunks = Math.max(1, Math.min(256, size / 16_384));
        java.util.List<ScanFindings> parts = java.util.stream.IntStream.range(0, chunks).parallel()
                .mapToObj(c -> new InitialScan(s, smaller, (int) ((long) size * c / chunks), (int) ((long) size * (c + 1) / chunks)).run())
                .toList();
        parts.forEach(s::absorb);
    }

    /** A successor of {@code index} was settled at {@code ply} (a loss when even, a win when odd). */
    private void update(int index, int ply, IntList next) {
        if (s.known(index)) return;
        if (ply % 2 == 0) {
            s.decide(index, ply + 1);
            next.add(index);
            return;
        }
        int left = s.counter(index) - 1;
        s.setCounter(index, left);
        if (left > 0) return;
        int loss = Math.max(ply + 1, s.exitLoss[index] & 0xFF);
        if (loss == ply + 1) {
            s.decide(index, loss);
            next.add(index);
        } else {
            s.decidedByExits(index, loss);
        }
    }

    /**
     * A double step leads to its target position with an en-passant right: a win there for the
     * capturer when either the target or the capture wins (the faster), a loss when both lose
     * (the slower). Settles the edges whose value falls on this ply.
     */
    private void settleDoubleSteps(int ply, IntList next) {
        EpEdges edges = s.epEdges;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.done(i)) continue;
            if (s.known(edges.from(i))) {
                edges.markDone(i);
                continue;
            }
            int target = s.plies(edges.target(i));
            if (target > ply) target = -1; // settled during this ply's pass: counts from the next one
            int capture = edges.capture(i);
            int win = Math.min(target >= 0 && target % 2 == 1 ? target : Integer.MAX_VALUE,
                    capture >= 0 && capture % 2 == 1 ? capture : Integer.MAX_VALUE);
            boolean bothLose = target >= 0 && target % 2 == 0 && capture >= 0 && capture % 2 == 0;
            if (win == ply || (win == Integer.MAX_VALUE && bothLose && Math.max(target, capture) == ply)) {
                edges.markDone(i);
                update(edges.from(i), ply, next);
            }
        }
    }

    private boolean exitsAfter(int ply) {
        for (int p = ply + 1; p < s.byExit.length; p++) if (s.byExit[p] != null && s.byExit[p].size() > 0) return true;
        return false;
    }
}
