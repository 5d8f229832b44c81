package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Calls a game off without a result, while that is still allowed. Implementations are thread-safe. */
public interface AbortGameUseCase {
    Outcome<GameView> abort(String gameId, Actor player);
}
