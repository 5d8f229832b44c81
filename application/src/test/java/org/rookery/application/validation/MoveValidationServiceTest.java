package org.rookery.application.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.answer.MoveValidation;

/** Premove checks run the domain's rules on the game's current position and record nothing. */
class MoveValidationServiceTest {
    private static final String AFTER_E4 = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1";

    /** A read side that knows one game, in the position after 1. e4, and counts what it is asked. */
    private static final class OneGame implements GetGameUseCase {
        int reads;

        @Override
        public Outcome<GameView> game(String gameId) {
            reads++;
            if (!gameId.equals("game-1")) return Outcome.rejected(Rejection.GAME_NOT_FOUND, "no game has id " + gameId);
            return Outcome.accepted(new GameView("game-1", Lifecycle.IN_PROGRESS, "ann", "bob", AFTER_E4, List.of("e2e4"), 3,
                    null, null, null, null, false, null, null));
        }

        @Override
        public Outcome<String> pgn(String gameId) {
            throw new AssertionError("not used");
        }
    }

    private final OneGame games = new OneGame();
    private final MoveValidationService service = new MoveValidationService(games);

    @Test
    void a_legal_reply_gets_its_san_and_the_position_after_it() {
        assertThat(service.validate("game-1", "e7e5")).isEqualTo(Outcome.accepted(new MoveValidation.Legal("e7e5", "e5",
                "rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2")));
    }

    @Test
    void a_move_of_the_side_not_to_move_is_illegal() {
        assertThat(service.validate("game-1", "d2d4"))
                .isEqualTo(Outcome.accepted(new MoveValidation.Illegal("d2d4", IllegalMoveException.Reason.ILLEGAL)));
    }

    @Test
    void text_that_is_not_uci_is_malformed() {
        assertThat(service.validate("game-1", "hello"))
                .isEqualTo(Outcome.accepted(new MoveValidation.Illegal("hello", IllegalMoveException.Reason.MALFORMED)));
    }

    @Test
    void checking_twice_gives_the_same_answer_because_nothing_is_played() {
        service.validate("game-1", "e7e5");
        assertThat(service.validate("game-1", "e7e5")).isInstanceOf(Outcome.Accepted.class)
                .extracting(o -> ((Outcome.Accepted<MoveValidation>) o).value()).isInstanceOf(MoveValidation.Legal.class);
        assertThat(games.reads).isEqualTo(2);
    }

    @Test
    void an_unknown_game_is_rejected_as_not_found() {
        assertThat(service.validate("nope", "e7e5")).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.GAME_NOT_FOUND));
    }
}
