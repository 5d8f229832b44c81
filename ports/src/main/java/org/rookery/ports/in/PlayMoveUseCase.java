package org.rookery.ports.in;

import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;

/** Plays a move; the answer comes once the move is durable, and a repeated move id gets the first answer. Implementations are thread-safe. */
public interface PlayMoveUseCase {
    Outcome<MoveOutcome> move(String gameId, Actor player, MoveRequest move);
}
