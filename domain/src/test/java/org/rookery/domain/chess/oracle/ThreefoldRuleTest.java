package org.rookery.domain.chess.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.oracle.ThreefoldRule.Judgement;

class ThreefoldRuleTest {
    private static final String AFTER_E4 = "8/2p5/3p4/KP5r/1R2Pp1k/8/6P1/8 b - - 0 1";
    private static final String AFTER_E4_PHANTOM_EP = "8/2p5/3p4/KP5r/1R2Pp1k/8/6P1/8 b - e3 0 1";
    private static final String ELSEWHERE = "8/2p5/3p3r/KP6/1R2Pp1k/8/6P1/8 w - - 1 2";

    @Test
    void accepts_chess_js_counting_a_position_apart_for_an_unusable_en_passant_square() {
        ThreefoldRule rule = new ThreefoldRule();
        rule.record(line(AFTER_E4, AFTER_E4_PHANTOM_EP));
        rule.record(line(ELSEWHERE, ELSEWHERE));
        rule.record(line(AFTER_E4, AFTER_E4));
        rule.record(line(ELSEWHERE, ELSEWHERE));
        rule.record(line(AFTER_E4, AFTER_E4));

        assertThat(rule.judge(true, false)).isEqualTo(Judgement.KNOWN_CHESS_JS_DEVIATION);
    }

    @Test
    void rejects_any_other_threefold_disagreement() {
        ThreefoldRule rule = new ThreefoldRule();
        rule.record(line(AFTER_E4, AFTER_E4));
        rule.record(line(ELSEWHERE, ELSEWHERE));
        rule.record(line(AFTER_E4, AFTER_E4));

        assertThat(rule.judge(true, false)).isEqualTo(Judgement.DISAGREE);
        assertThat(rule.judge(false, true)).isEqualTo(Judgement.DISAGREE);
        assertThat(rule.judge(false, false)).isEqualTo(Judgement.AGREE);
    }

    private static Map<String, Object> line(String fen, String fenForcedEp) {
        return Map.of("fen", fen, "fenForcedEp", fenForcedEp);
    }
}
