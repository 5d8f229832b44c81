package org.rookery.adapters.uci;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rookery.ports.out.engine.Strength;

/**
 * Turns a {@link Strength} into the option values an engine understands, using only options it
 * advertised: the Elo ({@code UCI_LimitStrength} + {@code UCI_Elo}, clamped to the engine's range)
 * when the engine offers it and the Elo is not below its floor; else the {@code Skill Level}
 * (clamped); else nothing, and the engine plays at full strength within the search limits. The
 * options not used are set back to full strength. Stateless.
 */
final class StrengthOptions {
    static final String LIMIT_STRENGTH = "UCI_LimitStrength", ELO = "UCI_Elo", SKILL_LEVEL = "Skill Level";

    private StrengthOptions() {}

    /** Option name (as the engine spells it) to value, in the order to send them. */
    static Map<String, String> wanted(Strength strength, UciOptions options) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional<UciOptions.Option> elo = options.hasCheck(LIMIT_STRENGTH) ? options.spin(ELO) : Optional.empty();
        Optional<UciOptions.Option> skill = options.spin(SKILL_LEVEL);
        boolean useElo = elo.isPresent() && strength.elo().isPresent() && strength.elo().getAsInt() >= elo.get().min();
        boolean useSkill = !useElo && skill.isPresent() && strength.skillLevel().isPresent();
        elo.ifPresent(e -> {
            values.put(options.find(LIMIT_STRENGTH).orElseThrow().name(), Boolean.toString(useElo));
            if (useElo) values.put(e.name(), Long.toString(e.clamp(strength.elo().getAsInt())));
        });
        skill.ifPresent(s -> values.put(s.name(), useSkill ? Long.toString(s.clamp(strength.skillLevel().getAsInt())) : Long.toString(s.max())));
        return values;
    }
}
