package org.rookery.ports.in;

import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.answer.MoveValidation;

/**
 * Says whether a move written in UCI is legal in a game's current position, without playing it
 * (a client's premove check): legal with its SAN and the position after it, or illegal with the
 * reason. An unknown game is rejected as {@code game_not_found}. Implementations are thread-safe.
 */
public interface ValidateMoveUseCase {
    Outcome<MoveValidation> validate(String gameId, String uci);
}
