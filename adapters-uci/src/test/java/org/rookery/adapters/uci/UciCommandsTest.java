package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.SearchClocks;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;

class UciCommandsTest {

    @Test
    void the_start_position_is_sent_as_startpos_with_the_moves() {
        AnalysisRequest request = AnalysisRequest.of(Position.STANDARD_START, List.of("e2e4", "e7e5"), SearchLimits.depth(5), SlaTier.LOW, Duration.ofSeconds(1));
        assertThat(UciCommands.position(request)).isEqualTo("position startpos moves e2e4 e7e5");
    }

    @Test
    void another_position_is_sent_as_its_fen() {
        String fen = "6k1/5ppp/8/8/8/8/5PPP/R5K1 w - - 0 1";
        AnalysisRequest request = AnalysisRequest.of(fen, List.of(), SearchLimits.depth(5), SlaTier.LOW, Duration.ofSeconds(1));
        assertThat(UciCommands.position(request)).isEqualTo("position fen " + fen);
    }

    @Test
    void every_limit_goes_into_the_go_command() {
        SearchLimits limits = SearchLimits.clocks(new SearchClocks(60_000, 55_000, 1_000, 2_000)).withDepth(12).withNodes(50_000).withMovetime(800);
        assertThat(UciCommands.go(limits, 10_000)).isEqualTo("go wtime 60000 btime 55000 winc 1000 binc 2000 depth 12 nodes 50000 movetime 800");
    }

    @Test
    void a_move_time_is_cut_to_what_the_deadline_allows() {
        assertThat(UciCommands.go(SearchLimits.movetime(5_000), 1_200)).isEqualTo("go movetime 1200");
        assertThat(UciCommands.go(SearchLimits.movetime(5_000), -30)).isEqualTo("go movetime 1");
    }
}
