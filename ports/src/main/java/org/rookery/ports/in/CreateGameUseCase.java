package org.rookery.ports.in;

import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Opens a game that waits for an opponent; the creator becomes one of its players. Implementations are thread-safe. */
public interface CreateGameUseCase {
    Outcome<GameView> create(Actor creator, GameSetup setup);
}
