package org.rookery.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.domain.game.GameTable.ALICE;
import static org.rookery.domain.game.GameTable.BOB;

import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;

/** The ways a game ends or is called off, by command and by the rules themselves. */
class GameEndingTest {
    private final GameTable t = new GameTable();

    private void assertEnded(GameResult result, EndReason reason) {
        GameView v = t.game.view(t.now);
        assertThat(v.status()).isEqualTo(Lifecycle.ENDED);
        assertThat(v.result()).isEqualTo(result);
        assertThat(v.reason()).isEqualTo(reason);
        assertThat(t.log.getLast().payload()).isInstanceOfSatisfying(GameEnded.class, e -> {
            assertThat(e.result()).isEqualTo(result);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.pgn()).contains("[Result \"" + result.notation() + "\"]");
        });
        assertThat(Game.replay(t.log).memento()).isEqualTo(t.game.memento());
    }

    @Test
    void a_draw_offer_accepted_ends_the_game_by_agreement() {
        t.started();
        t.record(t.game.offerDraw(t.as(BOB)));
        assertThat(t.game.view(t.now).drawOfferBy()).isEqualTo(Color.BLACK);
        t.record(t.game.acceptDraw(t.as(ALICE)));
        assertEnded(GameResult.DRAW, EndReason.AGREEMENT);
    }

    @Test
    void offering_a_draw_while_the_opponents_offer_stands_accepts_it() {
        t.started();
        t.record(t.game.offerDraw(t.as(BOB)));
        t.record(t.game.offerDraw(t.as(ALICE)));
        assertEnded(GameResult.DRAW, EndReason.AGREEMENT);
    }

    @Test
    void a_declined_offer_or_a_move_by_its_recipient_withdraws_it() {
        t.started();
        t.record(t.game.offerDraw(t.as(ALICE)));
        t.record(t.game.declineDraw(t.as(BOB)));
        assertThat(t.log.getLast().payload()).isEqualTo(new DrawDeclined(Color.BLACK));
        assertThat(t.game.view(t.now).drawOfferBy()).isNull();

        t.record(t.game.offerDraw(t.as(ALICE)));
        t.play(100, "e2e4");
        assertThat(t.game.view(t.now).drawOfferBy()).as("the offerer's own move keeps it").isEqualTo(Color.WHITE);
        t.play(100, "e7e5");
        assertThat(t.game.view(t.now).drawOfferBy()).isNull();
    }

    @Test
    void resignation_gives_the_game_to_the_opponent() {
        t.started();
        t.record(t.game.resign(t.as(ALICE)));
        assertEnded(GameResult.BLACK_WINS, EndReason.RESIGNATION);
    }

    @Test
    void threefold_repetition_can_be_claimed() {
        t.started();
        t.play(100, "g1f3", "g8f6", "f3g1", "f6g8", "g1f3", "g8f6", "f3g1", "f6g8");
        t.record(t.game.claimDraw(t.as(BOB)));
        assertEnded(GameResult.DRAW, EndReason.THREEFOLD_REPETITION);
    }

    @Test
    void the_fifty_move_rule_can_be_claimed() {
        t.started("4k3/8/8/8/8/8/8/R3K3 w - - 99 80");
        t.play(100, "a1a2");
        t.record(t.game.claimDraw(t.as(ALICE)));
        assertEnded(GameResult.DRAW, EndReason.FIFTY_MOVES);
    }

    @Test
    void fivefold_repetition_ends_the_game_by_itself() {
        t.started();
        for (int i = 0; i < 4; i++) t.play(100, "g1f3", "g8f6", "f3g1", "f6g8");
        assertEnded(GameResult.DRAW, EndReason.FIVEFOLD_REPETITION);
    }

    @Test
    void the_seventy_five_move_rule_ends_the_game_by_itself() {
        t.started("4k3/8/8/8/8/8/8/R3K3 w - - 149 120");
        t.play(100, "a1a2");
        assertEnded(GameResult.DRAW, EndReason.SEVENTY_FIVE_MOVES);
    }

    @Test
    void stalemate_ends_the_game_as_a_draw() {
        t.started("7k/8/6Q1/8/8/8/8/K7 w - - 0 1");
        t.play(100, "g6f7");
        assertEnded(GameResult.DRAW, EndReason.STALEMATE);
    }

    @Test
    void capturing_the_last_mating_material_ends_the_game_as_a_draw() {
        t.started("4k3/8/8/8/8/8/4r3/4K3 w - - 0 1");
        t.play(100, "e1e2");
        assertEnded(GameResult.DRAW, EndReason.INSUFFICIENT_MATERIAL);
    }

    @Test
    void the_mating_move_answers_with_the_game_ended() {
        t.started();
        t.play(100, "f2f3", "e7e5", "g2g4");
        Outcome<MoveOutcome> mate = t.move(BOB, "d8h4");
        assertThat(mate).isInstanceOfSatisfying(Outcome.Accepted.class, a -> {
            MoveOutcome m = (MoveOutcome) a.value();
            assertThat(m.san()).isEqualTo("Qh4#");
            assertThat(m.status()).isEqualTo(Lifecycle.ENDED);
            assertThat(m.clock().running()).isFalse();
            assertThat(m.ply()).isEqualTo(4);
        });
        assertEnded(GameResult.BLACK_WINS, EndReason.CHECKMATE);
        assertThat(t.game.move(t.as(BOB), new MoveRequest("m-4", 9, "a7a6"))).isEqualTo(mate);
    }

    @Test
    void a_player_can_abort_before_both_sides_have_moved() {
        t.started();
        t.play(100, "e2e4");
        t.record(t.game.abort(t.as(BOB)));
        assertThat(t.game.lifecycle()).isEqualTo(Lifecycle.ABORTED);
        assertThat(t.game.view(t.now).reason()).isEqualTo(EndReason.ABORTED);
        assertThat(t.game.view(t.now).result()).isNull();
        assertThat(t.log.getLast().payload()).isInstanceOf(GameAborted.class);
        assertThat(Game.replay(t.log).memento()).isEqualTo(t.game.memento());
    }

    @Test
    void the_creator_can_abort_while_waiting() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.RANDOM, true));
        t.record(t.game.abort(t.as(ALICE)));
        assertThat(t.game.lifecycle()).isEqualTo(Lifecycle.ABORTED);
    }
}
