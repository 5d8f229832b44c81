package org.rookery.ports.in.answer;

import java.util.Objects;
import org.rookery.domain.game.GameView;

/**
 * A game against the computer as it starts: the game (the bot already seated) and the bot, by its
 * user id, level and the engine it thinks with ({@code stockfish}, or e.g. {@code random} when it
 * plays random legal moves only). Immutable.
 */
public record BotGame(GameView game, String botUserId, int level, String engine) {
    public BotGame {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(botUserId, "botUserId");
        Objects.requireNonNull(engine, "engine");
    }
}
