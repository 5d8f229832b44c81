package org.rookery.ports.out;

import org.rookery.domain.game.Outcome;

/**
 * Where the application finds computer opponents. A bot is a player outside the application, like
 * a person at a browser: asked to sit in a game, it joins through the same use case as anyone
 * and then plays its moves by itself, through the same pipeline, until the game ends.
 * Implementations are thread-safe.
 */
public interface BotOpponents {

    /**
     * Seats a bot of the level in a game that waits for an opponent (the game starts) and lets it
     * play there. A refusal of the join (no such game, a full one) is the answer, as a value.
     *
     * @param level          1 (a beginner) to 8 (full strength)
     * @param correlationId  the request's id, carried by the join's events
     * @throws IllegalArgumentException when the level is not between 1 and 8
     */
    Outcome<SeatedBot> seat(String gameId, int level, String correlationId);
}
