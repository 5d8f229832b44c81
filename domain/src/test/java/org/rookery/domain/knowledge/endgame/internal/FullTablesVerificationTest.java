package org.rookery.domain.knowledge.endgame.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rookery.domain.chess.Position;
import org.rookery.domain.knowledge.endgame.Ending;
import org.rookery.domain.knowledge.endgame.Tablebase;

/**
 * The big verification run, on when {@code -Drookery.tablebase.full=true} (it solves every
 * standard ending, minutes on 2 cores; the default build solves the 3-piece endings and
 * KQKR): published longest mates of the 4-piece endings, and the one-ply consistency of sampled
 * positions of every ending, with positions where a double step allows en passant on purpose.
 */
@EnabledIfSystemProperty(named = "rookery.tablebase.full", matches = "true")
class FullTablesVerificationTest {
    static final TableLibrary LIBRARY = SolvedTablesTest.LIBRARY;

    /** The longest mate of each ending, whichever side moves (in KRKP it is the pawn's side, promoting, 85 plies). */
    @ParameterizedTest(name = "{0}: the longest mate takes {1} plies")
    @CsvSource({"KQKR, 69", "KBNK, 65", "KBBK, 37", "KRKN, 79", "KRKB, 57", "KQKN, 41", "KQKB, 33", "KQKQ, 25", "KRKP, 85"})
    void the_longest_mates_of_four_piece_endings_are_the_published_ones(String name, int plies) {
        Table table = LIBRARY.table(Ending.of(name));
        assertThat(Math.max(table.longestWinPlies(true), table.longestWinPlies(false))).isEqualTo(plies);
    }

    static Stream<String> fourPieceEndings() {
        return Tablebase.standardEndings().stream().filter(e -> e.pieceCount() == 4).map(Ending::name);
    }

    @ParameterizedTest
    @MethodSource("fourPieceEndings")
    void sampled_values_are_what_the_best_move_gives(String name) {
        Layout layout = LIBRARY.table(Ending.of(name)).layout();
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int n = 0; n < 5_000; ) {
            int index = random.nextInt(layout.size());
            if (!PredecessorsTest.isPosition(layout, index)) continue;
            BellmanCheck.verify(LIBRARY, Position.fromFen(PredecessorsTest.fen(layout, index)));
            n++;
        }
    }

    @Test
    void double_steps_that_allow_en_passant_are_valued_with_the_capture() {
        SplittableRandom random = new SplittableRandom(5);
        int checked = 0, withEnPassant = 0;
        while (checked < 3_000) {
            // A pawn on its second rank beside which, two ranks up, an enemy pawn waits.
            boolean white = random.nextBoolean();
            int file = random.nextInt(8), side = file == 0 ? 1 : file == 7 ? -1 : (random.nextBoolean() ? 1 : -1);
            int pawn = white ? 8 + file : 48 + file, enemy = white ? 24 + file + side : 32 + file + side;
            int wk = random.nextInt(64), bk = random.nextInt(64);
            if (wk == bk || wk == pawn || wk == enemy || bk == pawn || bk == enemy) continue;
            char[] board = new char[64];
            board[wk] = 'K';
            board[bk] = 'k';
            board[pawn] = white ? 'P' : 'p';
            board[enemy] = white ? 'p' : 'P';
            Position position;
            try {
                position = Position.fromFen(fen(board, white));
            } catch (IllegalArgumentException e) {
                continue;
            }
            BellmanCheck.verify(LIBRARY, position);
            int step = white ? 16 : -16;
            int doubleStep = find(position, pawn, pawn + step);
            if (doubleStep != org.rookery.domain.chess.Move.NONE) {
                position.makeMove(doubleStep);
                if (position.enPassantSquare() >= 0) withEnPassant++;
                position.unmakeMove();
            }
            checked++;
        }
        assertThat(withEnPassant).as("positions where the double step allowed en passant").isGreaterThan(300);
    }

    private static int find(Position position, int from, int to) {
        return position.findLegalMove(from, to, null);
    }

    private static String fen(char[] board, boolean whiteToMove) {
        StringBuilder sb = new StringBuilder();
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                char c = board[rank * 8 + file];
                if (c == 0) {
                    empty++;
                    continue;
                }
                if (empty > 0) sb.append(empty);
                empty = 0;
                sb.append(c);
            }
            if (empty > 0) sb.append(empty);
            if (rank > 0) sb.append('/');
        }
        return sb.append(whiteToMove ? " w - - 0 1" : " b - - 0 1").toString();
    }
}
