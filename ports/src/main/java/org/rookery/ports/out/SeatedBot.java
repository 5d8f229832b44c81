package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.game.GameView;

/** A bot that has taken its seat: the game as it stands after the join, the bot's user id and the engine it thinks with. Immutable. */
public record SeatedBot(GameView game, String userId, String engine) {
    public SeatedBot {
        Objects.requireNonNull(game, "game");
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId must not be blank");
        if (engine == null || engine.isBlank()) throw new IllegalArgumentException("engine must not be blank");
    }
}
