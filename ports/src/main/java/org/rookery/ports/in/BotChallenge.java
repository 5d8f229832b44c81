package org.rookery.ports.in;

import java.util.Objects;
import org.rookery.domain.game.GameSetup;

/**
 * A player's challenge to the computer: the game they want (time control, their colour, a start
 * position) and the bot's level, {@value #LOWEST_LEVEL} (a beginner) to {@value #HIGHEST_LEVEL}
 * (the engine at full strength). Games against the computer are casual: a rated setup cannot
 * exist here. Invalid values cannot exist. Immutable.
 */
public record BotChallenge(GameSetup setup, int level) {
    public static final int LOWEST_LEVEL = 1, HIGHEST_LEVEL = 8;

    public BotChallenge {
        Objects.requireNonNull(setup, "setup");
        if (level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
            throw new InvalidBotChallengeException("level", "a bot's level is between " + LOWEST_LEVEL + " and " + HIGHEST_LEVEL + ", got " + level);
        }
        if (setup.rated()) throw new InvalidBotChallengeException("rated", "games against the computer are casual: they cannot be rated");
    }
}
