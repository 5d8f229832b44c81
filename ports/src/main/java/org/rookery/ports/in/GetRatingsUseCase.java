package org.rookery.ports.in;

/** Reads a player's ratings in every pool they played in. Implementations are thread-safe. */
public interface GetRatingsUseCase {
    /** @throws IllegalArgumentException when the player id is blank */
    PlayerRatings ratingsOf(String playerId);
}
