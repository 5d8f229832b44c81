package org.rookery.application.validation;

import java.util.Objects;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.ValidateMoveUseCase;
import org.rookery.ports.in.answer.MoveValidation;

/**
 * Checks a move against a game's current position without playing it: the position comes from
 * the game's read view ({@link GetGameUseCase}, which takes no write lock), the rules from the
 * domain. Nothing is recorded. Thread-safe: each check works on its own copy of the position.
 */
public final class MoveValidationService implements ValidateMoveUseCase {
    private final GetGameUseCase games;

    public MoveValidationService(GetGameUseCase games) {
        this.games = Objects.requireNonNull(games, "games");
    }

    @Override
    public Outcome<MoveValidation> validate(String gameId, String uci) {
        Objects.requireNonNull(uci, "uci");
        return switch (games.game(gameId)) {
            case Outcome.Rejected<GameView> rejected -> new Outcome.Rejected<>(rejected.reason(), rejected.message());
            case Outcome.Accepted<GameView>(GameView game) -> new Outcome.Accepted<>(check(Position.fromFen(game.fen()), uci));
        };
    }

    private static MoveValidation check(Position position, String uci) {
        try {
            int move = Uci.parse(position, uci);
            String san = San.format(position, move);
            position.makeMove(move);
            return new MoveValidation.Legal(uci, san, position.toFen());
        } catch (IllegalMoveException e) {
            return new MoveValidation.Illegal(uci, e.reason());
        }
    }
}
