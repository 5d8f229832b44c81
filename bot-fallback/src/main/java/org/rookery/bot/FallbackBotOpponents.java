package org.rookery.bot;

import java.util.Objects;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.BotOpponents;
import org.rookery.ports.out.SeatedBot;

/**
 * The {@link Bots} as the application's computer opponents: the bot of level n plays as
 * {@code bot-<n>} (one identity per level, so a player sees whom they played), is seated through
 * {@link Bots#join} and plays on at the level's strength, with the book, the engine and chance as
 * its fallback chain. {@code engine} is what answers call the engine the bots think with
 * ({@code stockfish}, {@code random} without one). Thread-safe.
 */
public final class FallbackBotOpponents implements BotOpponents {
    private final Bots bots;
    private final String engine;

    public FallbackBotOpponents(Bots bots, String engine) {
        this.bots = Objects.requireNonNull(bots, "bots");
        if (engine == null || engine.isBlank()) throw new IllegalArgumentException("engine must name what the bots think with");
        this.engine = engine;
    }

    /** The user id the bot of a level plays as. */
    public static String userId(int level) {
        return "bot-" + level;
    }

    /** @throws InvalidBotLevelException when the level is not between 1 and 8 */
    @Override
    public Outcome<SeatedBot> seat(String gameId, int level, String correlationId) {
        BotLevel botLevel = BotLevel.of(level);
        Actor bot = new Actor(userId(level), correlationId);
        return bots.join(gameId, bot, botLevel).map(game -> new SeatedBot(game, bot.userId(), engine));
    }
}
