package org.rookery.ports.out;

/**
 * Creates the game of a match on the live-game side, both players seated. Asking again for the
 * same match id yields the same game, never a second one, so a retry after an unclear failure is
 * safe. Implementations are thread-safe.
 */
public interface MatchGameCreator {

    /**
     * The id of the match's game, created now or earlier.
     *
     * @throws GameCreationException when the game could not be created (see {@link GameCreationException#retryable()})
     */
    String createGame(MatchGameRequest request);
}
