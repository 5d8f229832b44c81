package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Position#findLegalMove} generates only the moves of the origin square; along seeded
 * random games from positions full of pins, checks, en passant, promotions and castling, it must
 * find exactly the legal moves and nothing else.
 */
class FindLegalMoveTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
        "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
        "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1",
        "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1",
        "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8",
        "bqnb1rkr/pp3ppp/3ppn2/2p5/5P2/P2P4/NPP1P1PP/BQ1BNRKR w HFhf - 2 9",
    })
    void finds_every_legal_move_and_nothing_else_along_random_games(String fen) {
        SplittableRandom random = new SplittableRandom(fen.hashCode());
        for (int game = 0; game < 3; game++) {
            Position p = Position.fromFen(fen);
            for (int ply = 0; ply < 50 && p.legalMoveCount() > 0; ply++) {
                int[] legal = p.legalMoves();
                for (int move : legal) {
                    int found = p.findLegalMove(Move.from(move), Move.to(move), Move.promotion(move));
                    if (found != move) assertThat(found).as("%s in %s", Uci.format(p, move), p.toFen()).isEqualTo(move);
                }
                assertNoMoveFoundOutside(p, legal);
                p.makeMove(legal[random.nextInt(legal.length)]);
            }
        }
    }

    @Test
    void finds_nothing_from_squares_off_the_board() {
        Position p = Position.start();

        assertThat(p.findLegalMove(-1, 16, null)).isEqualTo(Move.NONE);
        assertThat(p.findLegalMove(64, 16, null)).isEqualTo(Move.NONE);
    }

    /** Any (from, to) pair without promotion that the generator does not list must find nothing. */
    private static void assertNoMoveFoundOutside(Position p, int[] legal) {
        for (int from = 0; from < 64; from++) {
            for (int to = 0; to < 64; to++) {
                int found = p.findLegalMove(from, to, null);
                if (found == Move.NONE) continue;
                if (!contains(legal, found) || Move.from(found) != from || Move.promotion(found) != null) {
                    assertThat(Uci.format(p, found)).as("found for %s%s in %s", Square.name(from), Square.name(to), p.toFen())
                            .isIn(Arrays.stream(legal).mapToObj(m -> Uci.format(p, m)).toList());
                    assertThat(Move.from(found)).isEqualTo(from);
                    assertThat(Move.promotion(found)).isNull();
                }
            }
        }
    }

    private static boolean contains(int[] moves, int move) {
        for (int m : moves) if (m == move) return true;
        return false;
    }
}
