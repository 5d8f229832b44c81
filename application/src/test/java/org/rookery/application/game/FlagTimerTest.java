package org.rookery.application.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.application.testkit.LiveGameKit.ALICE;
import static org.rookery.application.testkit.LiveGameKit.BOB;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.ports.contract.Eventually;

/** Flags noticed by the timer the application schedules, with nobody sending a command. */
class FlagTimerTest {
    private final LiveGameKit kit = new LiveGameKit();

    private GameView view(String id) {
        return accepted(kit.service.game(id));
    }

    @Test
    void the_timer_ends_a_game_whose_running_clock_runs_out() {
        String id = kit.startedGame(60_000, 0);
        List<EventEnvelope> watched = new CopyOnWriteArrayList<>();
        accepted(kit.service.watch(id, 2, watched::add));

        kit.scheduler.runDue(kit.time.advanceMillis(59_999));
        assertThat(view(id).status()).isEqualTo(Lifecycle.IN_PROGRESS);
        kit.scheduler.runDue(kit.time.advanceMillis(1));

        assertThat(watched).singleElement().satisfies(e -> {
            GameEnded ended = (GameEnded) e.payload();
            assertThat(ended.reason()).isEqualTo(EndReason.TIMEOUT);
            assertThat(ended.result()).isEqualTo(GameResult.BLACK_WINS);
            assertThat(ended.by()).isEqualTo("system");
        });
        assertThat(kit.scheduler.pendingCount()).isZero();
    }

    @Test
    void a_timer_that_fires_before_a_moved_deadline_is_re_armed_and_fires_again_later() {
        String id = kit.startedGame(60_000, 0);
        kit.time.advanceMillis(10_000);
        kit.play(id, "e2e4");
        kit.scheduler.runDue(kit.time.advanceMillis(50_000));
        assertThat(view(id).status()).as("black still has 10 s").isEqualTo(Lifecycle.IN_PROGRESS);
        assertThat(kit.scheduler.pendingCount()).isEqualTo(1);
        kit.scheduler.runDue(kit.time.advanceMillis(10_000));
        assertThat(view(id).reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(view(id).result()).isEqualTo(GameResult.WHITE_WINS);
    }

    @Test
    void a_deadline_that_moves_earlier_than_the_armed_timer_gets_an_earlier_timer() {
        String id = kit.startedGame(60_000, 0);
        kit.time.advanceMillis(1_000);
        kit.play(id, "e2e4"); // White 59 s left
        kit.time.advanceMillis(54_000);
        kit.play(id, "e7e5"); // Black 6 s left; White's deadline in 59 s
        kit.scheduler.runDue(kit.time.advanceMillis(5_000)); // the first timer fires early and is re-armed for White
        kit.time.advanceMillis(1_000);
        kit.play(id, "g1f3"); // Black's deadline is now 6 s away, earlier than White's timer

        kit.scheduler.runDue(kit.time.advanceMillis(6_000));

        assertThat(view(id).reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(view(id).result()).isEqualTo(GameResult.WHITE_WINS);
    }

    @Test
    void the_timer_stops_when_the_game_ends_otherwise() {
        String id = kit.startedGame(60_000, 0);
        assertThat(kit.scheduler.pendingCount()).isEqualTo(1);
        accepted(kit.service.resign(id, BOB));
        assertThat(kit.scheduler.pendingCount()).isZero();
    }

    @Test
    void with_real_timers_a_short_game_flags_by_itself() {
        try (InMemoryPlatform platform = InMemoryPlatform.system().start()) {
            LiveGameService service = platform.live;
            String id = accepted(service.create(ALICE, GameSetup.standard(150, 0, ColorChoice.WHITE, false))).gameId();
            accepted(service.join(id, BOB));
            Eventually.await(Duration.ofSeconds(5), () -> platform.eventLog.readAfter(id, 0).getLast().payload() instanceof GameEnded,
                    "the flag timer to end the game");
            assertThat(accepted(service.game(id)).reason()).isEqualTo(EndReason.TIMEOUT);
        }
    }
}
