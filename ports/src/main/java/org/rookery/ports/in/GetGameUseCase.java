package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Reads a game: its API view and its PGN. Implementations are thread-safe. */
public interface GetGameUseCase {
    Outcome<GameView> game(String gameId);

    Outcome<String> pgn(String gameId);
}
