package org.rookery.ports.out.engine;

import java.util.OptionalInt;

/**
 * How strongly the engine should play: full strength, a skill level (Stockfish's
 * {@code Skill Level}, 0–20 there) and/or a target Elo ({@code UCI_LimitStrength} with
 * {@code UCI_Elo}). An engine applies what it supports: the Elo when it offers it and the value is
 * within its range, else the skill level, else full strength (the search limits still bound
 * it). Immutable.
 */
public record Strength(OptionalInt skillLevel, OptionalInt elo) {
    private static final Strength FULL = new Strength(OptionalInt.empty(), OptionalInt.empty());

    public Strength {
        if (skillLevel == null) skillLevel = OptionalInt.empty();
        if (elo == null) elo = OptionalInt.empty();
        skillLevel.ifPresent(s -> {
            if (s < -20 || s > 20) throw new IllegalArgumentException("skill level must be between -20 and 20, got " + s);
        });
        elo.ifPresent(e -> {
            if (e < 100 || e > 4000) throw new IllegalArgumentException("Elo must be between 100 and 4000, got " + e);
        });
    }

    public static Strength full() {
        return FULL;
    }

    public static Strength of(int skillLevel, int elo) {
        return new Strength(OptionalInt.of(skillLevel), OptionalInt.of(elo));
    }

    public static Strength skillLevel(int skillLevel) {
        return new Strength(OptionalInt.of(skillLevel), OptionalInt.empty());
    }

    public static Strength elo(int elo) {
        return new Strength(OptionalInt.empty(), OptionalInt.of(elo));
    }

    public boolean isFull() {
        return skillLevel.isEmpty() && elo.isEmpty();
    }
}
