package org.rookery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlayCommandTest {

    @Test
    void plays_fools_mate_in_mixed_uci_and_san() {
        CliRun run = CliRun.of("play", "f2f3", "e5", "g2g4", "Qh4#");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(
                "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3", "status: checkmate");
    }

    @Test
    void plays_scholars_mate_in_san() {
        CliRun run = CliRun.of("play", "e4", "e5", "Qh5", "Nc6", "Bc4", "Nf6", "Qxf7#");

        assertThat(run.outLines()).containsExactly(
                "r1bqkb1r/pppp1Qpp/2n2n2/4p3/2B1P3/8/PPPP1PPP/RNB1K1NR b KQkq - 0 4", "status: checkmate");
    }

    @Test
    void reports_an_ongoing_game_from_a_given_position() {
        CliRun run = CliRun.of("play", "--fen", "r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1", "O-O", "e8c8");

        assertThat(run.outLines()).containsExactly("2kr3r/8/8/8/8/8/8/R4RK1 w - - 2 2", "status: ongoing");
    }

    @Test
    void reports_stalemate() {
        CliRun run = CliRun.of("play", "--fen", "7k/8/6Q1/8/8/8/8/K7 w - - 0 1", "Qf7");

        assertThat(run.outLines()).containsExactly("7k/5Q2/8/8/8/8/8/K7 b - - 1 1", "status: stalemate");
    }

    @Test
    void names_the_illegal_move_its_place_and_the_position() {
        CliRun run = CliRun.of("play", "e4", "e5", "Nf6");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "error: move 3 'Nf6' is illegal in rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");
    }

    @Test
    void refuses_a_move_after_the_game_ended() {
        CliRun run = CliRun.of("play", "f3", "e5", "g4", "Qh4#", "a3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: move 5 'a3' comes after the game ended (checkmate)");
    }

    @Test
    void refuses_text_that_is_no_move_and_an_ambiguous_one() {
        assertThat(CliRun.of("play", "e4", "Zz9").err()).startsWith("error: move 2 'Zz9' is neither UCI");
        CliRun ambiguous = CliRun.of("play", "--fen", "4k3/8/8/8/8/8/4K3/R6R w - - 0 1", "Rd1");
        assertThat(ambiguous.exitCode()).isEqualTo(1);
        assertThat(ambiguous.err()).startsWith("error: move 1 'Rd1' is ambiguous");
    }
}
