package org.rookery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MovesCommandTest {

    @Test
    void lists_the_twenty_opening_moves_sorted() {
        CliRun run = CliRun.of("moves", "--fen", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(20).isSorted().startsWith("a2a3", "a2a4", "b1a3", "b1c3").endsWith("h2h4");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writes_castling_as_the_kings_step_and_promotions_in_lower_case() {
        CliRun run = CliRun.of("moves", "--fen", "r3k2r/1P6/8/8/8/8/8/R3K2R w KQkq - 0 1");

        assertThat(run.outLines()).isSorted().contains("e1g1", "e1c1", "b7b8q", "b7b8r", "b7b8b", "b7b8n", "b7a8q");
    }

    @Test
    void prints_nothing_when_the_side_to_move_is_mated() {
        CliRun run = CliRun.of("moves", "--fen", "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
    }
}
