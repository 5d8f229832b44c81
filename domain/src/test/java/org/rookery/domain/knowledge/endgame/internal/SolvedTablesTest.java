package org.rookery.domain.knowledge.endgame.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rookery.domain.chess.Position;
import org.rookery.domain.knowledge.endgame.Ending;
import org.rookery.domain.knowledge.endgame.TestTablebases;

/**
 * Solved tables against known facts (the longest mates and how many positions reach them, as
 * published for the 3-piece endings; KQKR's 35 moves) and against the rules themselves: every
 * value must be what the best move gives, which for distance-to-mate tables means it is exact.
 */
class SolvedTablesTest {
    static final TableLibrary LIBRARY = new TableLibrary(TestTablebases.folder());

    @ParameterizedTest(name = "{0}: White mates in at most {1} moves, reached by {2} positions; Black to move lasts {3} moves in {4}")
    @CsvSource({"KQK, 10, 1, 10, 8", "KRK, 16, 121, 16, 390", "KPK, 28, 3, 28, 2"})
    void the_longest_mates_of_the_three_piece_endings_are_the_published_ones(String name, int whiteWins, int whiteCount,
            int blackLoses, int blackCount) {
        Table table = LIBRARY.table(Ending.of(name));
        assertThat(table.longestWinPlies(true)).isEqualTo(2 * whiteWins - 1);
        assertThat(table.positionsAt(true, 2 * whiteWins - 1)).isEqualTo(whiteCount);
        assertThat(table.positionsAt(false, 2 * blackLoses)).isEqualTo(blackCount);
        assertThat(table.longestWinPlies(false)).as("Black cannot win with a bare king").isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KBK", "KNK"})
    void a_lone_minor_piece_never_mates(String name) {
        long[] outcomes = LIBRARY.table(Ending.of(name)).outcomeCounts();
        assertThat(outcomes[0]).isZero();
        assertThat(outcomes[2]).isZero();
        assertThat(outcomes[1]).isPositive();
    }

    @Test
    void queen_against_rook_mates_in_at_most_35_moves() {
        assertThat(LIBRARY.table(Ending.of("KQKR")).longestWinPlies(true)).isEqualTo(2 * 35 - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KQK", "KRK", "KPK", "KBK", "KNK"})
    void every_three_piece_value_is_what_the_best_move_gives(String name) {
        Layout layout = LIBRARY.table(Ending.of(name)).layout();
        int checked = 0;
        for (int index = 0; index < layout.size(); index++) {
            if (PredecessorsTest.isPosition(layout, index)) {
                BellmanCheck.verify(LIBRARY, Position.fromFen(PredecessorsTest.fen(layout, index)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40_000);
    }

    @Test
    void sampled_queen_against_rook_values_are_what_the_best_move_gives() {
        Layout layout = LIBRARY.table(Ending.of("KQKR")).layout();
        SplittableRandom random = new SplittableRandom(35);
        for (int n = 0; n < 20_000; ) {
            int index = random.nextInt(layout.size());
            if (!PredecessorsTest.isPosition(layout, index)) continue;
            BellmanCheck.verify(LIBRARY, Position.fromFen(PredecessorsTest.fen(layout, index)));
            n++;
        }
    }
}
