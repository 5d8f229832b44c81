package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Ends a game on time when the running clock is out (players, spectators and the flag timer may ask). Implementations are thread-safe. */
public interface CallFlagUseCase {
    Outcome<GameView> flag(String gameId, Actor caller);
}
