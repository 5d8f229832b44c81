package org.rookery.ports.in;

import java.util.Optional;

/** Reads a finished game from the history: view, PGN and move list; empty when the history has no such game. Implementations are thread-safe. */
public interface GetFinishedGameUseCase {
    Optional<FinishedGameDetails> finishedGame(String gameId);
}
