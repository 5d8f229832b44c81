package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.engine.Score;

class InfoLineTest {

    @Test
    void reads_depth_centipawns_and_the_variation_of_a_stockfish_line() {
        InfoLine info = InfoLine.parse("info depth 8 seldepth 12 multipv 1 score cp -23 nodes 6791 nps 522384 hashfull 0 tbhits 0 time 13 pv c7c5 g1f3 d7d6").orElseThrow();
        assertThat(info).isEqualTo(new InfoLine(8, 1, new Score.Centipawns(-23, Score.Bound.EXACT), List.of("c7c5", "g1f3", "d7d6")));
    }

    @Test
    void reads_an_ethereal_line_with_its_own_field_order_and_trailing_space() {
        InfoLine info = InfoLine.parse("info depth 7 seldepth 6 multipv 1 score cp 90 time 2 nodes 2497 nps 832000 tbhits 0 hashfull 0 pv d7d5 e4e5 c7c5 ").orElseThrow();
        assertThat(info.depth()).isEqualTo(7);
        assertThat(info.pv()).containsExactly("d7d5", "e4e5", "c7c5");
    }

    @Test
    void reads_mate_scores_for_and_against_the_side_to_move() {
        assertThat(InfoLine.parse("info depth 3 score mate 2 pv a1a8").orElseThrow().score()).isEqualTo(new Score.Mate(2));
        assertThat(InfoLine.parse("info depth 6 score mate -1 pv a8b8 h1h8").orElseThrow().score()).isEqualTo(new Score.Mate(-1));
    }

    @Test
    void reads_bounds_of_a_search_stopped_early() {
        assertThat(InfoLine.parse("info depth 20 score cp 35 lowerbound nodes 10 pv e2e4").orElseThrow().score())
                .isEqualTo(new Score.Centipawns(35, Score.Bound.LOWER));
        assertThat(InfoLine.parse("info depth 20 score cp 31 upperbound nodes 10 pv e2e4").orElseThrow().score())
                .isEqualTo(new Score.Centipawns(31, Score.Bound.UPPER));
    }

    @Test
    void keeps_the_multipv_index() {
        assertThat(InfoLine.parse("info depth 5 multipv 2 score cp 3 pv d2d4").orElseThrow().multipv()).isEqualTo(2);
    }

    @Test
    void lines_without_a_result_parse_to_nothing() {
        assertThat(InfoLine.parse("info string NNUE evaluation using nn-ad9b42354671.nnue enabled")).isEmpty();
        assertThat(InfoLine.parse("info depth 12 currmove e2e4 currmovenumber 1")).isEmpty();
        assertThat(InfoLine.parse("readyok")).isEmpty();
        assertThat(InfoLine.parse("info")).isEmpty();
    }

    @Test
    void a_variation_ends_at_the_first_word_that_is_not_a_move() {
        assertThat(InfoLine.parse("info depth 2 score cp 1 pv e2e4 e7e5 string done").orElseThrow().pv()).containsExactly("e2e4", "e7e5");
    }

    @Test
    void garbage_numbers_do_not_break_the_parser() {
        assertThat(InfoLine.parse("info depth x score cp y pv e2e4").orElseThrow())
                .isEqualTo(new InfoLine(0, 1, new Score.Centipawns(0, Score.Bound.EXACT), List.of("e2e4")));
    }
}
