package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Takes the free colour of a waiting game, which starts it. Implementations are thread-safe. */
public interface JoinGameUseCase {
    Outcome<GameView> join(String gameId, Actor player);
}
