package org.rookery.ports.in;

/** Reads a player's finished games a page at a time, newest first (an unknown player has an empty archive). Implementations are thread-safe. */
public interface ListPlayerGamesUseCase {
    PlayerGamesPage playerGames(PlayerGamesQuery query);
}
