package org.rookery.bot;

import java.util.List;
import org.rookery.ports.out.engine.Strength;

/**
 * A bot's playing strength, 1 (a beginner) to 8 (the engine at full strength), as players know
 * the scale from other sites: the Elo and skill level asked of the engine, the deepest it
 * searches and the longest it thinks per move (less when the clock is short). The table is in
 * docs/bots.md. Immutable.
 */
public record BotLevel(int level, Strength strength, int depth, long movetimeMs) {
    public static final int LOWEST = 1, HIGHEST = 8;
    private static final List<BotLevel> TABLE = List.of(
            new BotLevel(1, Strength.of(0, 800), 1, 50),
            new BotLevel(2, Strength.of(2, 1100), 2, 100),
            new BotLevel(3, Strength.of(5, 1400), 4, 150),
            new BotLevel(4, Strength.of(8, 1700), 6, 200),
            new BotLevel(5, Strength.of(11, 2000), 8, 300),
            new BotLevel(6, Strength.of(14, 2300), 12, 500),
            new BotLevel(7, Strength.of(17, 2600), 16, 1_000),
            new BotLevel(8, Strength.full(), 22, 2_000));

    public BotLevel {
        if (level < LOWEST || level > HIGHEST) throw new InvalidBotLevelException(level);
        if (strength == null) throw new IllegalArgumentException("strength must not be null");
        if (depth < 1) throw new IllegalArgumentException("depth must be positive, got " + depth);
        if (movetimeMs < 1) throw new IllegalArgumentException("movetimeMs must be positive, got " + movetimeMs);
    }

    /**
     * The level of the table.
     *
     * @throws InvalidBotLevelException when the level is not between 1 and 8
     */
    public static BotLevel of(int level) {
        if (level < LOWEST || level > HIGHEST) throw new InvalidBotLevelException(level);
        return TABLE.get(level - 1);
    }
}
