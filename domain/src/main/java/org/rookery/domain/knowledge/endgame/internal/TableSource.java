package org.rookery.domain.knowledge.endgame.internal;

import org.rookery.domain.knowledge.endgame.Ending;

/** Where solved tables come from (the solver asks for the endings one move away). */
@FunctionalInterface
interface TableSource {
    /** The solved table of a canonical ending. */
    Table table(Ending canonical);

    /** Plies to mate for the side to move of any 3- or 4-piece placement (-1 a draw); bare kings draw. */
    default int plies(Placement placement) {
        Ending ending = placement.ending();
        if (ending == null) return -1;
        Ending canonical = ending.canonical();
        Placement p = canonical.equals(ending) ? placement : placement.flipped();
        Table table = table(canonical);
        return table.plies(table.layout().index(p.slotSquares(table.layout()), p.sideToMove()));
    }
}
