package org.rookery.ports.in;

import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;

/** Offers, accepts and declines draws. Implementations are thread-safe. */
public interface DrawOfferUseCase {
    Outcome<GameView> offerDraw(String gameId, Actor player);

    Outcome<GameView> acceptDraw(String gameId, Actor player);

    Outcome<GameView> declineDraw(String gameId, Actor player);
}
