package org.rookery.application.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.LiveGameKit.ALICE;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InMemoryBotOpponents;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.in.BotChallenge;
import org.rookery.ports.in.InvalidBotChallengeException;
import org.rookery.ports.in.answer.BotGame;
import org.rookery.ports.out.BotOpponents;
import org.rookery.ports.out.SeatedBot;

class BotChallengeServiceTest {
    private final LiveGameKit live = new LiveGameKit();
    private final InMemoryBotOpponents randomBots = InMemoryBotOpponents.on(live.service, new Random(1));

    @AfterEach
    void stop_the_bots() {
        randomBots.close();
    }

    private BotChallengeService service(BotOpponents bots) {
        return new BotChallengeService(live.service, live.service, bots);
    }

    private static BotChallenge challenge(ColorChoice color, int level) {
        return new BotChallenge(GameSetup.standard(300_000, 2_000, color, false), level);
    }

    @Test
    void the_player_gets_a_started_game_against_the_bot_of_the_level_asked_for() {
        BotGame game = accepted(service(randomBots).challenge(ALICE, challenge(ColorChoice.WHITE, 3)));
        assertThat(game.game().status()).isEqualTo(Lifecycle.IN_PROGRESS);
        assertThat(game.game().white()).isEqualTo("alice");
        assertThat(game.game().black()).isEqualTo(game.botUserId()).isEqualTo("bot-3");
        assertThat(game.level()).isEqualTo(3);
        assertThat(game.engine()).isEqualTo(InMemoryBotOpponents.ENGINE);
        assertThat(game.game().rated()).isFalse();
    }

    @Test
    void a_player_who_takes_black_sees_the_bot_open_the_game() {
        BotGame game = accepted(service(randomBots).challenge(ALICE, challenge(ColorChoice.BLACK, 1)));
        assertThat(game.game().white()).isEqualTo("bot-1");
        Eventually.await(Duration.ofSeconds(10), () -> accepted(live.service.game(game.game().gameId())).moves().size() == 1, "the bot's first move");
    }

    @Test
    void a_setup_the_live_game_refuses_is_refused_and_no_bot_is_asked() {
        AtomicReference<String> asked = new AtomicReference<>();
        BotOpponents watching = (gameId, level, correlationId) -> {
            asked.set(gameId);
            return randomBots.seat(gameId, level, correlationId);
        };
        Outcome<BotGame> outcome = service(watching).challenge(ALICE, new BotChallenge(new GameSetup(300_000, 0, ColorChoice.WHITE, false, "not a fen"), 2));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.INVALID_FEN));
        assertThat(asked.get()).isNull();
    }

    @Test
    void a_game_whose_bot_is_refused_is_aborted_not_left_waiting() {
        AtomicReference<String> created = new AtomicReference<>();
        BotOpponents refusing = (gameId, level, correlationId) -> {
            created.set(gameId);
            return Outcome.rejected(Rejection.GAME_FULL, "someone was faster");
        };
        Outcome<BotGame> outcome = service(refusing).challenge(ALICE, challenge(ColorChoice.WHITE, 2));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.GAME_FULL));
        assertThat(accepted(live.service.game(created.get())).status()).isEqualTo(Lifecycle.ABORTED);
    }

    @Test
    void a_game_whose_bots_fail_is_aborted_and_the_failure_passes_through() {
        AtomicReference<String> created = new AtomicReference<>();
        BotOpponents failing = (gameId, level, correlationId) -> {
            created.set(gameId);
            throw new IllegalStateException("bots are down");
        };
        assertThatThrownBy(() -> service(failing).challenge(ALICE, challenge(ColorChoice.BLACK, 2))).hasMessage("bots are down");
        GameView game = accepted(live.service.game(created.get()));
        assertThat(game.status()).isEqualTo(Lifecycle.ABORTED);
    }

    @Test
    void a_challenge_names_its_bad_field_levels_one_to_eight_and_casual_only() {
        for (int level : new int[] {0, 9, -1}) {
            assertThatThrownBy(() -> challenge(ColorChoice.WHITE, level)).isInstanceOfSatisfying(InvalidBotChallengeException.class,
                    e -> assertThat(e.field()).isEqualTo("level"));
        }
        assertThatThrownBy(() -> new BotChallenge(GameSetup.standard(60_000, 0, ColorChoice.WHITE, true), 4))
                .isInstanceOfSatisfying(InvalidBotChallengeException.class, e -> assertThat(e.field()).isEqualTo("rated"));
        assertThat(challenge(ColorChoice.RANDOM, 8).level()).isEqualTo(8);
    }

    @Test
    void the_seated_bot_is_reported_as_the_port_answered() {
        BotOpponents named = (gameId, level, correlationId) -> randomBots.seat(gameId, level, correlationId)
                .map(seat -> new SeatedBot(seat.game(), seat.userId(), "stockfish"));
        assertThat(accepted(service(named).challenge(ALICE, challenge(ColorChoice.WHITE, 5))).engine()).isEqualTo("stockfish");
    }
}
