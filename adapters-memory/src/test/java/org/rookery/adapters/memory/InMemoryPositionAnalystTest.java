package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.PositionAnalystContract;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.SearchLimits;

class InMemoryPositionAnalystTest extends PositionAnalystContract {

    @Override
    protected PositionAnalyst createAnalyst() {
        return new InMemoryPositionAnalyst();
    }

    @Test
    void a_deeper_request_is_cut_at_its_maximum_depth() {
        Analysis analysis = analyze(START, List.of(), SearchLimits.depth(30));
        assertThat(analysis.depth()).isEqualTo(InMemoryPositionAnalyst.MAX_DEPTH);
    }

    @Test
    void a_tiny_node_budget_still_gives_a_one_ply_answer() {
        Analysis analysis = analyze(HANGING_QUEEN, List.of(), SearchLimits.nodes(1));
        assertThat(analysis.depth()).isEqualTo(1);
        assertThat(analysis.bestMove()).isEqualTo("d2d5");
    }
}
