package org.rookery.application.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.application.testkit.LiveGameKit.ALICE;
import static org.rookery.application.testkit.LiveGameKit.BOB;
import static org.rookery.application.testkit.LiveGameKit.EVE;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;

/** Rejections reach the caller through the use cases unchanged, and record nothing anywhere. */
class ServiceRejectionTest {
    private final LiveGameKit kit = new LiveGameKit();

    private void assertRejected(Supplier<Outcome<?>> call, Rejection expected) {
        assertThat(call.get()).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(expected));
    }

    @Test
    void every_command_on_an_unknown_game_is_rejected_as_not_found() {
        String nope = "no-such-game";
        for (Supplier<Outcome<?>> call : List.<Supplier<Outcome<?>>>of(
                () -> kit.service.join(nope, BOB),
                () -> kit.service.move(nope, ALICE, new MoveRequest("m", 0, "e2e4")),
                () -> kit.service.resign(nope, ALICE),
                () -> kit.service.abort(nope, ALICE),
                () -> kit.service.offerDraw(nope, ALICE),
                () -> kit.service.acceptDraw(nope, ALICE),
                () -> kit.service.declineDraw(nope, ALICE),
                () -> kit.service.claimDraw(nope, ALICE),
                () -> kit.service.flag(nope, ALICE),
                () -> kit.service.game(nope),
                () -> kit.service.pgn(nope),
                () -> kit.service.watch(nope, 0, e -> {}))) {
            assertRejected(call, Rejection.GAME_NOT_FOUND);
        }
        assertThat(kit.memoryLog.gameCount()).isZero();
        assertThat(kit.cache.size()).isZero();
    }

    @Test
    void a_rejected_creation_records_nothing() {
        assertRejected(() -> kit.service.create(ALICE, new GameSetup(60_000, 0, ColorChoice.WHITE, false, "not a fen")), Rejection.INVALID_FEN);
        assertRejected(() -> kit.service.create(ALICE, new GameSetup(0, 0, ColorChoice.WHITE, false, null)), Rejection.INVALID_TIME_CONTROL);
        assertThat(kit.memoryLog.gameCount()).isZero();
        assertThat(kit.cache.size()).isZero();
    }

    @Test
    void domain_rejections_pass_through_and_append_nothing() {
        String id = kit.startedGame(60_000, 0);
        assertRejected(() -> kit.service.move(id, BOB, new MoveRequest("m", 0, "e7e5")), Rejection.NOT_YOUR_TURN);
        assertRejected(() -> kit.service.move(id, EVE, new MoveRequest("m", 0, "e2e4")), Rejection.FORBIDDEN);
        assertRejected(() -> kit.service.move(id, ALICE, new MoveRequest("m", 0, "e2e5")), Rejection.ILLEGAL_MOVE);
        assertRejected(() -> kit.service.join(id, EVE), Rejection.GAME_FULL);
        assertThat(kit.events(id)).hasSize(2);
        assertThat(kit.platform.relayAll()).as("only the two accepted events reach the bus").isEqualTo(2);
    }
}
