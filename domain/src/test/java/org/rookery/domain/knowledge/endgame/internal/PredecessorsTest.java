package org.rookery.domain.knowledge.endgame.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.knowledge.endgame.Ending;

/**
 * Walking moves backwards must be the exact inverse of the rules engine's quiet moves, or the
 * solver would miss or invent positions: checked both ways on random positions of each layout.
 */
class PredecessorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"KQK", "KPK", "KQKR", "KBNK", "KBBK", "KPKP", "KRKP", "KNKP"})
    void taking_back_a_move_finds_exactly_the_positions_whose_quiet_moves_lead_here(String name) {
        Layout layout = new Layout(Ending.of(name));
        Predecessors predecessors = new Predecessors(layout, new EpEdges());
        SplittableRandom random = new SplittableRandom(name.hashCode());
        int checked = 0;
        while (checked < 1500) {
            int index = random.nextInt(layout.size());
            if (!isPosition(layout, index)) continue;
            checked++;
            for (int next : quietSuccessors(layout, index)) {
                assertThat(toSet(predecessors.of(next))).as("%s: %s reaches %s", name, fen(layout, index), fen(layout, next)).contains(index);
            }
            Set<Integer> before = toSet(predecessors.of(index));
            for (int earlier : before) {
                assertThat(isPosition(layout, earlier)).as("%s: %s is a position", name, earlier).isTrue();
                assertThat(quietSuccessors(layout, earlier)).as("%s: %s leads to %s", name, fen(layout, earlier), fen(layout, index)).contains(index);
            }
        }
    }

    static boolean isPosition(Layout layout, int index) {
        int[] squares = new int[layout.pieces];
        layout.decode(index, squares);
        return layout.isCanonical(index, squares) && !Boards.kingAttacked(layout, squares, layout.sideToMove(index) ^ 1);
    }

    /** The numbers of the positions the engine's non-capturing, non-promoting moves lead to. */
    static Set<Integer> quietSuccessors(Layout layout, int index) {
        int[] squares = new int[layout.pieces];
        layout.decode(index, squares);
        int stm = layout.sideToMove(index);
        Position position = Position.fromFen(Boards.fen(layout, squares, stm));
        Set<Integer> next = new HashSet<>();
        for (int m : position.legalMoves()) {
            if (Boards.slotAt(squares, layout.pieces, Move.to(m)) >= 0 || Move.promotion(m) != null) continue;
            int[] after = squares.clone();
            after[Boards.slotAt(squares, layout.pieces, Move.from(m))] = Move.to(m);
            next.add(layout.index(after, stm ^ 1));
        }
        return next;
    }

    static String fen(Layout layout, int index) {
        int[] squares = new int[layout.pieces];
        layout.decode(index, squares);
        return Boards.fen(layout, squares, layout.sideToMove(index));
    }

    private static Set<Integer> toSet(SmallIntSet set) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < set.size(); i++) s.add(set.get(i));
        return s;
    }
}
