package org.rookery.runtime.allinone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.rookery.adapters.uci.EngineCommand;
import org.rookery.adapters.uci.EnginePoolSettings;
import org.rookery.adapters.uci.TierPolicy;
import org.rookery.bot.BotBudgets;
import org.rookery.bot.BotSettings;
import org.rookery.ports.out.engine.SlaTier;

/**
 * Turns the configuration into the computer's settings: which engine (a configured path, else
 * {@code stockfish} wherever it is installed, or none), what to do without one, the pool and its
 * tiers, the bots' budgets and the analyses' timeout; defaults where a key is unset (the pool's
 * own, but for the normal tier, which is kept off the last engine as the low tier is).
 * Stateless.
 */
final class EngineSettingsReader {
    /** Without an engine: bots play book-then-random moves and analyses answer 503, or both use the in-memory search. */
    enum Fallback {
        RANDOM,
        MEMORY
    }

    /** The engine to run, or why there is none ({@code whyNone} is then a phrase for the start-up line). */
    record EngineChoice(Optional<EngineCommand> engine, String whyNone) {}

    private EngineSettingsReader() {}

    static EngineChoice engine(Configuration config) {
        Optional<String> path = config.text(ConfigKeys.ENGINE_PATH);
        if (path.isPresent() && path.get().equals("none")) return new EngineChoice(Optional.empty(), ConfigKeys.ENGINE_PATH + "=none");
        if (path.isPresent()) {
            if (!Files.isRegularFile(Path.of(path.get())) || !Files.isExecutable(Path.of(path.get()))) {
                throw new ConfigurationException(ConfigKeys.ENGINE_PATH + "=" + path.get() + ": no executable file there");
            }
            return new EngineChoice(Optional.of(EngineCommand.of(path.get())), "");
        }
        Optional<EngineCommand> found = EngineCommand.locate("stockfish");
        return new EngineChoice(found, found.isPresent() ? "" : "no stockfish on the PATH or in /usr/games; set " + ConfigKeys.ENGINE_PATH);
    }

    static Fallback fallback(Configuration config) {
        String text = config.text(ConfigKeys.ENGINE_FALLBACK, "random");
        return switch (text) {
            case "random" -> Fallback.RANDOM;
            case "memory" -> Fallback.MEMORY;
            default -> throw new ConfigurationException(ConfigKeys.ENGINE_FALLBACK + " is 'random' or 'memory', not '" + text + "'");
        };
    }

    static EnginePoolSettings pool(Configuration config, EngineCommand engine) {
        try {
            int size = config.integer(ConfigKeys.ENGINE_POOL_SIZE, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            if (size < 1) throw new ConfigurationException(ConfigKeys.ENGINE_POOL_SIZE + " must be at least 1, got " + size);
            EnginePoolSettings d = EnginePoolSettings.defaults(engine, size);
            EnginePoolSettings settings = new EnginePoolSettings(engine, size, config.integer(ConfigKeys.ENGINE_THREADS, d.threads()),
                    config.integer(ConfigKeys.ENGINE_HASH_MB, d.hashMb()), d.tiers(), d.startTimeout(), d.stopGrace(), d.restartBackoff());
            for (SlaTier tier : SlaTier.values()) {
                TierPolicy p = d.tier(tier);
                // Nothing here asks the low tier, but players' analyses (normal) would otherwise take every engine and
                // make a bot's move (critical, its clock running) wait for them: they are kept off the last engine too.
                if (tier == SlaTier.NORMAL) p = new TierPolicy(p.budget(), p.queueLimit(), Math.max(1, size - 1));
                settings = settings.withTier(tier, new TierPolicy(config.duration(ConfigKeys.tier(tier, "budget"), p.budget()),
                        config.integer(ConfigKeys.tier(tier, "queue-limit"), p.queueLimit()),
                        Math.min(size, config.integer(ConfigKeys.tier(tier, "max-engines"), p.maxEngines()))));
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid engine settings: " + e.getMessage(), e);
        }
    }

    static BotSettings bots(Configuration config) {
        BotBudgets d = BotBudgets.DEFAULTS;
        try {
            BotBudgets budgets = new BotBudgets(config.duration(ConfigKeys.BOT_ENGINE_BUDGET, d.engine()), config.duration(ConfigKeys.BOT_BOOK_BUDGET, d.book()),
                    config.duration(ConfigKeys.BOT_MOVE_BUDGET, d.move()), d.clockReserve());
            return new BotSettings(budgets, BotSettings.DEFAULTS.engineGuard(), BotSettings.DEFAULTS.bookGuard());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid bot budgets: " + e.getMessage(), e);
        }
    }

    static Duration analysisTimeout(Configuration config) {
        Duration timeout = config.duration(ConfigKeys.ANALYSIS_TIMEOUT, Duration.ofSeconds(10));
        if (!timeout.isPositive() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new ConfigurationException(ConfigKeys.ANALYSIS_TIMEOUT + " must be positive and at most PT1M, got " + timeout);
        }
        return timeout;
    }
}
