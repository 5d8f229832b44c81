package org.rookery.bot;

import java.util.Objects;

/** Everything configurable about bots: the time budgets and the guards around the engine and the book. Immutable. */
public record BotSettings(BotBudgets budgets, GuardSettings engineGuard, GuardSettings bookGuard) {
    public static final BotSettings DEFAULTS = new BotSettings(BotBudgets.DEFAULTS, GuardSettings.defaults(), GuardSettings.defaults());

    public BotSettings {
        Objects.requireNonNull(budgets, "budgets");
        Objects.requireNonNull(engineGuard, "engineGuard");
        Objects.requireNonNull(bookGuard, "bookGuard");
    }
}
