package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rookery.domain.chess.IllegalMoveException.Reason;

class SanTest {
    private static final String THREE_QUEENS = "2k5/8/8/8/Q6Q/8/8/Q3K3 w - - 0 1";
    private static final String TWO_KNIGHTS = "4k3/8/8/8/8/5N2/8/1N2K3 w - - 0 1";
    private static final String TWO_ROOKS_ON_A_FILE = "4k3/8/8/R7/8/8/8/R3K3 w - - 0 1";
    private static final String PROMOTIONS = "3r2k1/4P3/8/8/8/8/8/4K3 w - - 0 1";

    private static String san(String fen, String uci) {
        Position p = Position.fromFen(fen);
        return San.format(p, Uci.parse(p, uci));
    }

    private static String uci(String fen, String san) {
        Position p = Position.fromFen(fen);
        return Uci.format(p, San.parse(p, san));
    }

    @ParameterizedTest(name = "{1} is {2}")
    @CsvSource({
        THREE_QUEENS + ",        a4d4, Qa4d4",
        THREE_QUEENS + ",        h4d4, Qhd4",
        THREE_QUEENS + ",        a1d4, Q1d4",
        TWO_KNIGHTS + ",         b1d2, Nbd2",
        TWO_KNIGHTS + ",         f3d2, Nfd2",
        TWO_KNIGHTS + ",         f3e5, Ne5",
        TWO_ROOKS_ON_A_FILE + ", a5a3, R5a3",
        TWO_ROOKS_ON_A_FILE + ", a1a3, R1a3",
        TWO_ROOKS_ON_A_FILE + ", a1b1, Rb1",
    })
    void disambiguates_by_file_then_rank_then_both(String fen, String uci, String expected) {
        assertThat(san(fen, uci)).isEqualTo(expected);
        assertThat(uci(fen, expected)).isEqualTo(uci);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "e7e8q, e8=Q+", "e7e8r, e8=R+", "e7e8b, e8=B", "e7e8n, e8=N",
        "e7d8q, exd8=Q+", "e7d8r, exd8=R+", "e7d8b, exd8=B", "e7d8n, exd8=N",
    })
    void writes_promotions_and_under_promotions_with_their_check(String uci, String expected) {
        assertThat(san(PROMOTIONS, uci)).isEqualTo(expected);
        assertThat(uci(PROMOTIONS, expected)).isEqualTo(uci);
    }

    @Test
    void marks_check_and_mate() {
        String scholar = "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4";
        assertThat(san(scholar, "h5f7")).isEqualTo("Qxf7#");
        assertThat(san("6k1/5ppp/8/8/8/8/8/R3K3 w Q - 0 1", "a1a8")).isEqualTo("Ra8#");
        assertThat(san("6k1/5pp1/8/8/8/8/8/R3K3 w Q - 0 1", "a1a8")).isEqualTo("Ra8+");
        assertThat(san("3k4/8/8/8/8/8/8/R3K3 w Q - 0 1", "e1c1")).isEqualTo("O-O-O+");
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1,           e1g1, O-O",
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1,           e1c1, O-O-O",
        "r3k2r/8/8/8/8/8/8/R3K2R b KQkq - 0 1,           e8g8, O-O",
        "1r2k1r1/pppppppp/8/8/8/8/PPPPPPPP/1R2K1R1 w KQkq - 0 1, e1g1, O-O",
        "1r2k1r1/pppppppp/8/8/8/8/PPPPPPPP/1R2K1R1 w KQkq - 0 1, e1b1, O-O-O",
        "rk5r/8/8/8/8/8/8/RK5R w KQkq - 0 1,             b1a1, O-O-O",
        "rk5r/8/8/8/8/8/8/RK5R w KQkq - 0 1,             b1h1, O-O",
        "6kr/8/8/8/8/8/8/6KR w Kk - 0 1,                 g1h1, O-O",
        "rrk5/8/8/8/8/8/8/RRK5 w Bb - 0 1,               c1b1, O-O-O",
    })
    void writes_castling_as_o_o_in_standard_chess_and_chess960(String fen, String uci, String expected) {
        assertThat(san(fen, uci)).isEqualTo(expected);
        assertThat(uci(fen, expected)).isEqualTo(uci);
        assertThat(uci(fen, expected.replace('O', '0'))).isEqualTo(uci);
    }

    @Test
    void a_king_step_onto_its_castling_rook_is_not_castling_unless_written_so() {
        Position p = Position.fromFen("6kr/8/8/8/8/8/8/6KR w Kk - 0 1");

        assertThat(catchThrowableOfType(IllegalMoveException.class, () -> San.parse(p, "Kh1")).reason())
                .isEqualTo(Reason.ILLEGAL);
        assertThat(San.format(p, San.parse(p, "Kf1"))).isEqualTo("Kf1");
    }

    @ParameterizedTest(name = "{1} reads as {2}")
    @CsvSource({
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1,                               0-0,       e1g1",
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1,                               0-0-0,     e1c1",
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1,                               O-O+,      e1g1",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1,          Nf3!?,     g1f3",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1,          e4??,      e2e4",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1,          e4+,       e2e4",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1,          Ng1f3,     g1f3",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1,          Ngf3,      g1f3",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1,          N1f3,      g1f3",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR b KQkq - 0 1,          Nbc6,      b8c6",
        "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4, Qxf7,    h5f7",
        "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4, Qf7#,    h5f7",
        "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4, Q:f7,    h5f7",
        "4k3/8/8/3pP3/8/8/8/4K3 w - d6 0 1,                                 exd6e.p.,  e5d6",
        "4k3/8/8/3pP3/8/8/8/4K3 w - d6 0 1,                                 exd6 e.p., e5d6",
        "4k3/8/8/3pP3/8/8/8/4K3 w - d6 0 1,                                 ed6,       e5d6",
        "3r2k1/4P3/8/8/8/8/8/4K3 w - - 0 1,                                 e8Q,       e7e8q",
        "3r2k1/4P3/8/8/8/8/8/4K3 w - - 0 1,                                 e8=q,      e7e8q",
        "3r2k1/4P3/8/8/8/8/8/4K3 w - - 0 1,                                 exd8N,     e7d8n",
        "3r2k1/4P3/8/8/8/8/8/4K3 w - - 0 1,                                 exd8=R+!,  e7d8r",
    })
    void reads_common_variants_of_san(String fen, String written, String expected) {
        assertThat(uci(fen, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "xyz", "e9", "i4", "Nf3x", "O-O-O-O", "Pe4", "Zf3", "e2-e4", "Nf", "--", "e8=K"})
    void refuses_text_that_is_not_san_as_malformed(String text) {
        IllegalMoveException e = catchThrowableOfType(IllegalMoveException.class, () -> San.parse(Position.start(), text));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.move()).isEqualTo(text);
    }

    @Test
    void refuses_null_as_malformed() {
        assertThat(catchThrowableOfType(IllegalMoveException.class, () -> San.parse(Position.start(), null)).reason())
                .isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1, e5",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1, Nf6",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1, O-O",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1, Nbd2",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1, exd3",
        "3r2k1/4P3/8/8/8/8/8/4K3 w - - 0 1,                       e8",
        "4k3/8/8/3pP3/8/8/8/4K3 w - - 0 1,                         exd6",
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1,                     Kg1",
        "r3k2r/8/8/8/8/5r2/8/R3K2R w KQkq - 0 1,                   O-O",
    })
    void refuses_a_move_that_is_not_legal_here_as_illegal(String fen, String text) {
        IllegalMoveException e = catchThrowableOfType(IllegalMoveException.class,
                () -> San.parse(Position.fromFen(fen), text));

        assertThat(e).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.ILLEGAL);
        assertThat(e.getMessage()).contains(text);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({THREE_QUEENS + ", Qd4", THREE_QUEENS + ", Qad4", THREE_QUEENS + ", Q4d4", TWO_KNIGHTS + ", Nd2"})
    void refuses_a_move_that_fits_several_as_ambiguous(String fen, String text) {
        IllegalMoveException e = catchThrowableOfType(IllegalMoveException.class,
                () -> San.parse(Position.fromFen(fen), text));

        assertThat(e.reason()).isEqualTo(Reason.AMBIGUOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
        "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1",
        "bqnb1rkr/pp3ppp/3ppn2/2p5/5P2/P2P4/NPP1P1PP/BQ1BNRKR w HFhf - 2 9",
        "2k5/8/8/8/Q6Q/8/8/Q3K3 w - - 0 1",
    })
    void every_legal_move_prints_to_a_distinct_san_that_parses_back_to_it(String fen) {
        Position p = Position.fromFen(fen);
        int[] moves = p.legalMoves();
        Set<String> seen = new HashSet<>();

        for (int m : moves) {
            String san = San.format(p, m);
            assertThat(seen.add(san)).as("%s printed twice", san).isTrue();
            assertThat(San.parse(p, san)).as(san).isEqualTo(m);
        }
        assertThat(p.toFen()).isEqualTo(Position.fromFen(fen).toFen());
        assertThat(seen).hasSize(moves.length);
    }
}
