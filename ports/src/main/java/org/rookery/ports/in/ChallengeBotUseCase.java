package org.rookery.ports.in;

import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.answer.BotGame;

/**
 * Opens a game against the computer: the player creates it as usual and a bot of the level asked
 * for takes the other colour at once, so the game starts; from then on the bot plays its moves by
 * itself. The answer is the started game and who the bot is (its user id, level and engine). A
 * game the bot could not join is aborted, never left waiting. Implementations are thread-safe.
 */
public interface ChallengeBotUseCase {
    Outcome<BotGame> challenge(Actor player, BotChallenge challenge);
}
