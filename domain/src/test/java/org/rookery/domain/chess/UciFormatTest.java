package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** UCI text for moves; chess.js checks it on thousands of positions (ChessJsDifferentialTest), these the edges. */
class UciFormatTest {

    @Test
    void names_every_square_by_file_letter_and_rank_digit() {
        for (int file = 0; file < 8; file++) {
            for (int rank = 0; rank < 8; rank++) {
                String name = Square.name(Square.of(file, rank));
                assertThat(name).isEqualTo("" + "abcdefgh".charAt(file) + "12345678".charAt(rank));
                assertThat(Square.parse(name)).isEqualTo(Square.of(file, rank));
            }
        }
    }

    @Test
    void prints_castling_as_the_kings_step_in_standard_chess_and_as_king_takes_rook_in_chess960() {
        String fen = "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1";
        Position standard = Position.fromFen(fen);
        Position chess960 = Position.fromChess960Fen(fen);

        assertThat(Uci.format(standard, Uci.parse(standard, "e1g1"))).isEqualTo("e1g1");
        assertThat(Uci.format(standard, Uci.parse(standard, "e1a1"))).isEqualTo("e1c1");
        assertThat(Uci.format(chess960, Uci.parse(chess960, "e1h1"))).isEqualTo("e1h1");
        assertThat(Uci.format(chess960, Uci.parse(chess960, "e1a1"))).isEqualTo("e1a1");
    }

    @Test
    void prints_each_promotion_with_its_own_letter() {
        Position p = Position.fromFen("r3k3/1P6/8/8/8/8/8/4K3 w - - 0 1");

        for (String uci : new String[] {"b7b8q", "b7b8r", "b7b8b", "b7b8n", "b7a8q", "b7a8n"}) {
            assertThat(Uci.format(p, Uci.parse(p, uci))).isEqualTo(uci);
        }
    }

    @Test
    void gives_the_same_text_object_for_the_same_move_in_any_position() {
        Position start = Position.start();
        Position later = Position.fromFen("rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");

        String first = Uci.format(start, Uci.parse(start, "g1f3"));
        assertThat(Uci.format(later, Uci.parse(later, "g1f3"))).isSameAs(first).isEqualTo("g1f3");
    }
}
