package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.engine.Strength;

class StrengthOptionsTest {
    private static final UciOptions STOCKFISH = options(
            "option name Threads type spin default 1 min 1 max 1024",
            "option name Skill Level type spin default 20 min 0 max 20",
            "option name UCI_LimitStrength type check default false",
            "option name UCI_Elo type spin default 1350 min 1350 max 2850");
    private static final UciOptions ETHEREAL = options(
            "option name Hash type spin default 16 min 2 max 65536",
            "option name MultiPV type spin default 1 min 1 max 256");

    @Test
    void an_elo_the_engine_can_play_limits_its_strength_and_leaves_the_skill_at_full() {
        assertThat(StrengthOptions.wanted(Strength.of(5, 1800), STOCKFISH))
                .containsExactly(Map.entry("UCI_LimitStrength", "true"), Map.entry("UCI_Elo", "1800"), Map.entry("Skill Level", "20"));
    }

    @Test
    void an_elo_below_the_engines_floor_falls_back_to_the_skill_level() {
        assertThat(StrengthOptions.wanted(Strength.of(3, 1100), STOCKFISH))
                .containsExactly(Map.entry("UCI_LimitStrength", "false"), Map.entry("Skill Level", "3"));
    }

    @Test
    void values_beyond_the_engines_range_are_clamped() {
        assertThat(StrengthOptions.wanted(Strength.elo(3500), STOCKFISH)).containsEntry("UCI_Elo", "2850");
        assertThat(StrengthOptions.wanted(Strength.skillLevel(-9), STOCKFISH)).containsEntry("Skill Level", "0");
    }

    @Test
    void full_strength_sets_the_offered_options_back() {
        assertThat(StrengthOptions.wanted(Strength.full(), STOCKFISH))
                .containsExactly(Map.entry("UCI_LimitStrength", "false"), Map.entry("Skill Level", "20"));
    }

    @Test
    void an_engine_without_strength_options_gets_none() {
        assertThat(StrengthOptions.wanted(Strength.of(3, 1500), ETHEREAL)).isEmpty();
    }

    @Test
    void option_names_are_found_whatever_their_case() {
        UciOptions lower = options("option name skill level type spin default 20 min -20 max 20");
        assertThat(StrengthOptions.wanted(Strength.skillLevel(-9), lower)).containsExactly(Map.entry("skill level", "-9"));
    }

    private static UciOptions options(String... lines) {
        UciOptions options = new UciOptions();
        for (String line : lines) options.read(line);
        return options;
    }
}
