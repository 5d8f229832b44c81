package org.rookery.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.domain.game.GameTable.ALICE;
import static org.rookery.domain.game.GameTable.BOB;
import static org.rookery.domain.game.GameTable.EVE;

import java.util.function.Supplier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.game.Outcome.Rejected;

/** Every invalid command gets its typed rejection and records nothing. */
class GameRejectionTest {
    private final GameTable t = new GameTable();

    private void assertRejected(Supplier<Outcome<?>> command, Rejection expected) {
        int before = t.log.size();
        long seq = t.game.seq();
        Outcome<?> outcome = t.record(command.get());
        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(expected);
            assertThat(r.message()).isNotBlank();
        });
        assertThat(t.log).as("a rejected command records nothing").hasSize(before);
        assertThat(t.game.seq()).isEqualTo(seq);
    }

    @Test
    void rejects_joining_your_own_game() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.WHITE, false));
        assertRejected(() -> t.game.join(t.as(ALICE)), Rejection.CANNOT_JOIN_OWN_GAME);
    }

    @Test
    void rejects_joining_a_full_game() {
        t.started();
        assertRejected(() -> t.game.join(t.as(EVE)), Rejection.GAME_FULL);
    }

    @Test
    void rejects_joining_an_aborted_game() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.WHITE, false));
        t.record(t.game.abort(t.as(ALICE)));
        assertRejected(() -> t.game.join(t.as(BOB)), Rejection.INVALID_TRANSITION);
    }

    @Test
    void rejects_a_move_before_the_game_starts() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.WHITE, false));
        assertRejected(() -> t.game.move(t.as(ALICE), new MoveRequest("m1", 0, "e2e4")), Rejection.GAME_NOT_IN_PROGRESS);
    }

    @Test
    void rejects_a_move_out_of_turn() {
        t.started();
        assertRejected(() -> t.game.move(t.as(BOB), new MoveRequest("m1", 0, "e7e5")), Rejection.NOT_YOUR_TURN);
    }

    @Test
    void rejects_a_move_by_someone_who_is_not_a_player() {
        t.started();
        assertRejected(() -> t.game.move(t.as(EVE), new MoveRequest("m1", 0, "e2e4")), Rejection.FORBIDDEN);
    }

    @Test
    void rejects_illegal_and_malformed_moves() {
        t.started();
        for (String uci : new String[] {"e2e5", "e1e2", "e7e5", "e2e9", "i2i4", "e2e4x", "e2", "", null, "e7e8q"}) {
            assertRejected(() -> t.game.move(t.as(ALICE), new MoveRequest("m-" + uci, 0, uci)), Rejection.ILLEGAL_MOVE);
        }
    }

    @Test
    void rejects_a_move_decided_at_a_stale_ply() {
        t.started();
        t.play(100, "e2e4");
        assertRejected(() -> t.game.move(t.as(BOB), new MoveRequest("m9", 0, "e7e5")), Rejection.STALE_PLY);
        assertRejected(() -> t.game.move(t.as(BOB), new MoveRequest("m9", 5, "e7e5")), Rejection.STALE_PLY);
    }

    @Test
    void rejects_a_blank_or_overlong_move_id() {
        t.started();
        assertRejected(() -> t.game.move(t.as(ALICE), new MoveRequest(" ", 0, "e2e4")), Rejection.INVALID_REQUEST);
        assertRejected(() -> t.game.move(t.as(ALICE), new MoveRequest("x".repeat(129), 0, "e2e4")), Rejection.INVALID_REQUEST);
        assertRejected(() -> t.game.move(t.as(ALICE), null), Rejection.INVALID_REQUEST);
    }

    @Test
    void a_repeated_move_id_returns_the_first_answer_unchanged_and_records_nothing() {
        t.started();
        Outcome<MoveOutcome> first = t.move(ALICE, "e2e4", "same-id");
        t.play(500, "e7e5", "g1f3");
        int recorded = t.log.size();
        t.tick(10_000);

        Outcome<MoveOutcome> again = t.record(t.game.move(t.as(ALICE), new MoveRequest("same-id", 0, "d2d4")));

        assertThat(again).isEqualTo(first);
        assertThat(t.log).hasSize(recorded);
        t.record(t.game.resign(t.as(BOB)));
        assertThat(t.record(t.game.move(t.as(ALICE), new MoveRequest("same-id", 7, "a2a3"))))
                .as("even after the game ended").isEqualTo(first);
    }

    @Test
    void rejects_a_move_after_the_game_ended() {
        t.started();
        t.record(t.game.resign(t.as(ALICE)));
        assertRejected(() -> t.game.move(t.as(ALICE), new MoveRequest("m1", 0, "e2e4")), Rejection.GAME_NOT_IN_PROGRESS);
    }

    @Test
    void rejects_abort_once_both_sides_have_moved() {
        t.started();
        t.play(100, "e2e4", "e7e5");
        assertRejected(() -> t.game.abort(t.as(ALICE)), Rejection.ABORT_NOT_ALLOWED);
    }

    @Test
    void rejects_abort_by_a_spectator_and_by_a_non_creator_while_waiting() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.BLACK, false));
        assertRejected(() -> t.game.abort(t.as(BOB)), Rejection.FORBIDDEN);
        t.record(t.game.join(t.as(BOB)));
        assertRejected(() -> t.game.abort(t.as(EVE)), Rejection.FORBIDDEN);
    }

    @Test
    void rejects_abort_of_an_ended_game() {
        t.started();
        t.record(t.game.resign(t.as(BOB)));
        assertRejected(() -> t.game.abort(t.as(ALICE)), Rejection.INVALID_TRANSITION);
    }

    @Test
    void rejects_accepting_or_declining_a_draw_nobody_offered() {
        t.started();
        assertRejected(() -> t.game.acceptDraw(t.as(BOB)), Rejection.NO_DRAW_OFFER);
        assertRejected(() -> t.game.declineDraw(t.as(BOB)), Rejection.NO_DRAW_OFFER);
        t.record(t.game.offerDraw(t.as(ALICE)));
        assertRejected(() -> t.game.acceptDraw(t.as(ALICE)), Rejection.NO_DRAW_OFFER);
    }

    @Test
    void rejects_a_second_draw_offer_while_the_first_stands() {
        t.started();
        t.record(t.game.offerDraw(t.as(ALICE)));
        assertRejected(() -> t.game.offerDraw(t.as(ALICE)), Rejection.DRAW_ALREADY_OFFERED);
    }

    @Test
    void rejects_a_draw_claim_without_repetition_or_fifty_moves() {
        t.started();
        t.play(100, "g1f3", "g8f6", "f3g1", "f6g8");
        assertRejected(() -> t.game.claimDraw(t.as(ALICE)), Rejection.DRAW_NOT_CLAIMABLE);
    }

    @Test
    void rejects_resigning_twice_and_resigning_before_the_start() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.WHITE, false));
        assertRejected(() -> t.game.resign(t.as(ALICE)), Rejection.GAME_NOT_IN_PROGRESS);
        t.record(t.game.join(t.as(BOB)));
        t.record(t.game.resign(t.as(ALICE)));
        assertRejected(() -> t.game.resign(t.as(ALICE)), Rejection.GAME_NOT_IN_PROGRESS);
    }

    @Test
    void rejects_commands_from_spectators() {
        t.started();
        assertRejected(() -> t.game.resign(t.as(EVE)), Rejection.FORBIDDEN);
        assertRejected(() -> t.game.offerDraw(t.as(EVE)), Rejection.FORBIDDEN);
        assertRejected(() -> t.game.claimDraw(t.as(EVE)), Rejection.FORBIDDEN);
    }

    @Test
    void rejects_an_invalid_start_fen_with_the_parsers_reason() {
        Outcome<Game> o = t.create(new GameSetup(60_000, 0, ColorChoice.WHITE, false, "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP w KQkq - 0 1"));
        assertThat(o).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Rejection.INVALID_FEN);
            assertThat(r.message()).contains("8 ranks");
        });
        assertThat(t.game).isNull();
    }

    @Test
    void rejects_a_start_position_that_is_already_decided() {
        String mated = "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3";
        assertThat(t.create(new GameSetup(60_000, 0, ColorChoice.WHITE, false, mated)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.INVALID_FEN));
    }

    @Test
    void rejects_a_time_control_out_of_bounds() {
        for (long[] tc : new long[][] {{0, 0}, {-1, 0}, {60_000, -1}, {MAX_INITIAL + 1, 0}}) {
            assertThat(t.create(new GameSetup(tc[0], tc[1], ColorChoice.WHITE, false, null)))
                    .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.INVALID_TIME_CONTROL));
        }
    }

    private static final long MAX_INITIAL = org.rookery.domain.clock.TimeControl.MAX_INITIAL_MS;

    @Test
    void rejects_a_flag_call_while_the_clock_has_time() {
        t.started();
        t.tick(179_999);
        assertRejected(() -> t.game.flag(t.as(CommandContext.SYSTEM)), Rejection.CLOCK_NOT_EXPIRED);
    }

    @Test
    void rejects_a_flag_call_on_a_game_not_in_progress() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.WHITE, false));
        assertRejected(() -> t.game.flag(t.as(ALICE)), Rejection.GAME_NOT_IN_PROGRESS);
        assertRejected(() -> t.game.flag(t.as(CommandContext.SYSTEM)), Rejection.GAME_NOT_IN_PROGRESS);
    }

    @Test
    void a_stranger_is_forbidden_every_command_whether_the_game_waits_runs_or_is_over_and_nothing_is_recorded() {
        t.create(GameSetup.standard(60_000, 0, ColorChoice.WHITE, false));
        assertStrangerForbidden("waiting");
        t.record(t.game.join(t.as(BOB)));
        t.move(ALICE, "e2e4", "known-id");
        assertStrangerForbidden("in progress");
        t.tick(61_000); // Black's flag falls: a stranger's command must not be the one to notice it
        assertStrangerForbidden("in progress, flag fallen");
        t.record(t.game.resign(t.as(ALICE)));
        assertStrangerForbidden("ended");
    }

    private void assertStrangerForbidden(String when) {
        int recorded = t.log.size();
        for (java.util.function.Supplier<Outcome<?>> command : List.<java.util.function.Supplier<Outcome<?>>>of(
                () -> t.game.move(t.as(EVE), new MoveRequest("known-id", t.game.ply(), "e7e5")),
                () -> t.game.move(t.as(EVE), new MoveRequest("new-id", t.game.ply(), "e7e5")),
                () -> t.game.resign(t.as(EVE)),
                () -> t.game.offerDraw(t.as(EVE)),
                () -> t.game.acceptDraw(t.as(EVE)),
                () -> t.game.declineDraw(t.as(EVE)),
                () -> t.game.claimDraw(t.as(EVE)),
                () -> t.game.abort(t.as(EVE)),
                () -> t.game.flag(t.as(EVE)))) {
            assertThat(t.record(command.get())).as(when)
                    .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.FORBIDDEN));
        }
        assertThat(t.log).as("a stranger's commands record nothing (" + when + ")").hasSize(recorded);
    }

    @Test
    void a_move_id_the_opponent_used_is_a_new_move_not_the_opponents_old_answer() {
        t.started();
        Outcome<MoveOutcome> alices = t.move(ALICE, "e2e4", "shared-id");

        Outcome<MoveOutcome> bobs = t.move(BOB, "e7e5", "shared-id");

        assertThat(bobs).isInstanceOfSatisfying(Outcome.Accepted.class, a -> assertThat(((MoveOutcome) a.value()).uci()).isEqualTo("e7e5"));
        assertThat(bobs).isNotEqualTo(alices);
        assertThat(t.game.ply()).isEqualTo(2);
        assertThat(t.move(BOB, "d7d5", "shared-id")).as("Bob's own id again: his first answer").isEqualTo(bobs);
        assertThat(t.move(ALICE, "d2d4", "shared-id")).as("Alice's own id again: her first answer").isEqualTo(alices);
    }

    @Test
    void every_rejection_has_a_stable_wire_code() {
        assertThat(Rejection.STALE_PLY.code()).isEqualTo("stale_ply");
        assertThat(Rejection.ILLEGAL_MOVE.code()).isEqualTo("illegal_move");
        assertThat(Rejection.NOT_YOUR_TURN.code()).isEqualTo("not_your_turn");
        assertThat(Rejection.GAME_NOT_FOUND.code()).isEqualTo("game_not_found");
        assertThat(Rejection.FORBIDDEN.code()).isEqualTo("forbidden");
        assertThat(Rejection.INVALID_FEN.code()).isEqualTo("invalid_fen");
    }
}
