package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Gives the game up to the opponent. Implementations are thread-safe. */
public interface ResignGameUseCase {
    Outcome<GameView> resign(String gameId, Actor player);
}
