package org.rookery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** perft against the chessprogramming wiki's published counts, and its output format. */
class PerftCommandTest {
    private static final String KIWIPETE = "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1";

    @Test
    void divides_the_start_position_like_stockfish_go_perft() {
        CliRun run = CliRun.of("perft", "3", "--divide");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        List<String> divisions = lines.subList(0, 20);
        assertThat(divisions).allMatch(line -> line.matches("[a-h][1-8][a-h][1-8][qrbn]?: \\d+")).isSorted();
        assertThat(lines.subList(20, lines.size())).containsExactly("", "Nodes searched: 8902");
        long sum = divisions.stream().mapToLong(line -> Long.parseLong(line.substring(line.indexOf(": ") + 2))).sum();
        assertThat(sum).isEqualTo(8902);
        assertThat(divisions).contains("e2e4: 600", "g1f3: 440"); // published depth-3 divide
    }

    @ParameterizedTest(name = "{0} depth {2} = {3}")
    @CsvSource(delimiter = ';', value = {
        "start;      rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;         4; 197281",
        "kiwipete;   r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1; 3; 97862",
        "position 3; 8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1;                        4; 43238",
        "position 4; r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1; 3; 9467",
        "position 5; rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8;         3; 62379",
    })
    void prints_the_published_total(String name, String fen, String depth, String nodes) {
        CliRun run = CliRun.of("perft", depth, "--fen", fen.strip());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Nodes searched: " + nodes);
    }

    @Test
    void division_totals_match_the_plain_count_with_castling_and_promotions() {
        CliRun divided = CliRun.of("perft", "2", "--divide", "--fen=" + KIWIPETE);

        assertThat(divided.outLines()).hasSize(48 + 2).contains("e1g1: 43", "e1c1: 43").endsWith("Nodes searched: 2039");
        assertThat(CliRun.of("perft", "2", "--fen", KIWIPETE).outLines()).containsExactly("Nodes searched: 2039");
    }

    @Test
    void depth_zero_counts_the_position_itself() {
        assertThat(CliRun.of("perft", "0").outLines()).containsExactly("Nodes searched: 1");
    }

    @Test
    void reports_time_and_speed_on_stderr_only() {
        CliRun run = CliRun.of("perft", "3"); // the test clock makes the search last two seconds

        assertThat(run.out()).doesNotContain("time");
        assertThat(run.err()).isEqualToIgnoringNewLines("time: 2000 ms, 4451 nodes/s");
    }
}
