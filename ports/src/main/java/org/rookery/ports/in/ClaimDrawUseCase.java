package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Claims a draw by threefold repetition or the fifty-move rule. Implementations are thread-safe. */
public interface ClaimDrawUseCase {
    Outcome<GameView> claimDraw(String gameId, Actor player);
}
