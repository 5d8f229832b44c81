package org.rookery.bot;

import java.time.Duration;
import java.util.Objects;

/**
 * The time a bot may spend on one move: at most {@code engine} waiting for the engine,
 * {@code book} for the opening book, {@code move} for the whole move; and never more than
 * half of its own clock less a {@code clockReserve}, so that even a move whose every source fails
 * slowly leaves it time to play on. Immutable.
 */
public record BotBudgets(Duration engine, Duration book, Duration move, Duration clockReserve) {
    /** The seeds' budgets: engine 20 s, book 5 s, whole move 30 s; 300 ms of the clock kept back. */
    public static final BotBudgets DEFAULTS = new BotBudgets(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMillis(300));

    public BotBudgets {
        for (Duration d : new Duration[] {engine, book, move}) {
            Objects.requireNonNull(d, "budgets must not be null");
            if (!d.isPositive()) throw new IllegalArgumentException("budgets must be positive, got " + d);
        }
        Objects.requireNonNull(clockReserve, "clockReserve");
        if (clockReserve.isNegative()) throw new IllegalArgumentException("clockReserve cannot be negative");
    }

    /** The budget of a whole move for a bot with {@code remainingMs} on its clock. */
    public Duration moveBudget(long remainingMs) {
        long fromClock = Math.max(0, (remainingMs - clockReserve.toMillis()) / 2);
        return Duration.ofMillis(Math.min(move.toMillis(), fromClock));
    }

    /**
     * How long the engine should think: the level's move time, or less on a short clock (a 40th
     * of the remaining time plus half the increment), at least 10 ms.
     */
    public static long movetimeMs(BotLevel level, long remainingMs, long incrementMs) {
        return Math.max(10, Math.min(level.movetimeMs(), remainingMs / 40 + incrementMs / 2));
    }
}
