package org.rookery.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.domain.game.GameTable.ALICE;
import static org.rookery.domain.game.GameTable.BOB;

import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.game.Outcome.Rejected;

/** Clocks driven by a hand-moved time: increment, flags on the next command and on request. */
class GameClockTest {
    private final GameTable t = new GameTable();

    @Test
    void the_clock_starts_when_the_opponent_joins() {
        t.create(GameSetup.standard(60_000, 1_000, ColorChoice.WHITE, false));
        t.tick(30_000);
        assertThat(t.game.view(t.now).clock().running()).isFalse();
        assertThat(t.game.flagDeadlineMillis()).isEqualTo(Long.MAX_VALUE);
        t.record(t.game.join(t.as(BOB)));
        assertThat(t.game.flagDeadlineMillis()).isEqualTo(t.now.toEpochMilli() + 60_000);
        t.tick(10_000);
        assertThat(t.game.view(t.now).clock().whiteMs()).isEqualTo(50_000);
        assertThat(t.game.view(t.now).clock().blackMs()).isEqualTo(60_000);
    }

    @Test
    void the_increment_is_added_after_each_move_and_the_deadline_follows_the_side_to_move() {
        t.started();
        t.play(10_000, "e2e4");
        assertThat(t.game.view(t.now).clock().whiteMs()).isEqualTo(172_000);
        assertThat(t.game.flagDeadlineMillis()).isEqualTo(t.now.toEpochMilli() + 180_000);
    }

    @Test
    void a_flag_is_noticed_on_the_next_command_which_is_then_refused() {
        t.started();
        t.play(1_000, "e2e4");
        t.tick(180_000);
        Outcome<MoveOutcome> late = t.move(BOB, "e7e5");
        assertThat(late).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Rejection.GAME_NOT_IN_PROGRESS);
            assertThat(r.message()).contains("black ran out of time");
        });
        GameView v = t.game.view(t.now);
        assertThat(v.result()).isEqualTo(GameResult.WHITE_WINS);
        assertThat(v.reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(v.clock().blackMs()).isZero();
        assertThat(v.clock().whiteMs()).isEqualTo(181_000);
        assertThat(t.log.getLast().payload()).isInstanceOfSatisfying(GameEnded.class, e -> assertThat(e.blackMs()).isZero());
        assertThat(Game.replay(t.log).memento()).isEqualTo(t.game.memento());
    }

    @Test
    void a_flag_call_after_the_time_ran_out_ends_the_game() {
        t.started();
        t.tick(180_000);
        assertThat(t.record(t.game.flag(t.as(CommandContext.SYSTEM))).isAccepted()).isTrue();
        assertThat(t.game.view(t.now).result()).isEqualTo(GameResult.BLACK_WINS);
        assertThat(t.game.auditTrail().getLast().actor()).isEqualTo(CommandContext.SYSTEM);
    }

    @Test
    void a_flag_against_a_side_that_cannot_mate_is_a_draw() {
        // White has a queen and runs out; Black has a lone knight and cannot mate.
        t.started("4k3/8/8/3n4/8/8/8/3QK3 w - - 0 1");
        t.tick(180_000);
        t.record(t.game.flag(t.as(ALICE)));
        GameView v = t.game.view(t.now);
        assertThat(v.result()).isEqualTo(GameResult.DRAW);
        assertThat(v.reason()).isEqualTo(EndReason.TIMEOUT_VS_INSUFFICIENT_MATERIAL);
    }

    @Test
    void a_flag_against_a_side_that_can_mate_loses() {
        t.started("4k3/8/8/3n4/8/8/8/3QK3 b - - 0 1");
        t.tick(180_000);
        t.record(t.game.flag(t.as(ALICE)));
        assertThat(t.game.view(t.now).result()).isEqualTo(GameResult.WHITE_WINS);
        assertThat(t.game.view(t.now).reason()).isEqualTo(EndReason.TIMEOUT);
    }

    @Test
    void mating_material_rules() {
        assertThat(MatingMaterial.canMate(org.rookery.domain.chess.Position.fromFen("4k3/8/8/8/8/8/8/4K3 w - - 0 1"), org.rookery.domain.chess.Color.WHITE)).isFalse();
        assertThat(MatingMaterial.canMate(org.rookery.domain.chess.Position.fromFen("4k3/8/8/8/8/8/8/2B1KB2 w - - 0 1"), org.rookery.domain.chess.Color.WHITE)).isTrue();
        assertThat(MatingMaterial.canMate(org.rookery.domain.chess.Position.fromFen("4k3/8/8/8/8/8/8/2B1K1B1 w - - 0 1"), org.rookery.domain.chess.Color.WHITE)).as("same-coloured bishops").isFalse();
        assertThat(MatingMaterial.canMate(org.rookery.domain.chess.Position.fromFen("4k3/8/8/8/8/8/8/1N2K1N1 w - - 0 1"), org.rookery.domain.chess.Color.WHITE)).isTrue();
        assertThat(MatingMaterial.canMate(org.rookery.domain.chess.Position.fromFen("4k3/p7/8/8/8/8/8/4K3 w - - 0 1"), org.rookery.domain.chess.Color.BLACK)).isTrue();
    }
}
