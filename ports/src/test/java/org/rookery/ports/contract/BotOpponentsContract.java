package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.CreateGameUseCase;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.out.BotOpponents;
import org.rookery.ports.out.SeatedBot;

/**
 * What every {@link BotOpponents} must do, on a live-game service the test provides: a bot takes
 * the free colour of a waiting game, plays its moves by itself when it is its turn (White's first
 * move too), and is refused as anyone would be by a game that does not exist or is full. Extend it
 * once per adapter.
 */
public abstract class BotOpponentsContract {
    private static final Duration MOVE_WAIT = Duration.ofSeconds(20);
    private static final Actor ALICE = new Actor("alice", "contract"), BOB = new Actor("bob", "contract");

    /** The live games the bots under test play on: the same service the adapter was built with. */
    protected record LiveGames(CreateGameUseCase create, JoinGameUseCase join, GetGameUseCase read, PlayMoveUseCase play) {
        public static <S extends CreateGameUseCase & JoinGameUseCase & GetGameUseCase & PlayMoveUseCase> LiveGames of(S service) {
            return new LiveGames(service, service, service, service);
        }
    }

    protected abstract LiveGames games();

    /** The adapter under test, playing on {@link #games()}. */
    protected abstract BotOpponents newOpponents();

    /** Stops what the adapter started (bots, engines); nothing by default. */
    protected void cleanUp() {}

    private BotOpponents bots;

    @BeforeEach
    void createTheAdapter() {
        bots = newOpponents();
    }

    @AfterEach
    void releaseTheAdapter() {
        cleanUp();
    }

    @Test
    void a_bot_takes_the_free_colour_and_the_game_starts() {
        String gameId = created(ColorChoice.WHITE);
        SeatedBot seated = accepted(bots.seat(gameId, 1, "req-1"));
        assertThat(seated.game().status()).isEqualTo(Lifecycle.IN_PROGRESS);
        assertThat(seated.game().white()).isEqualTo("alice");
        assertThat(seated.game().black()).isEqualTo(seated.userId()).isNotEqualTo("alice");
        assertThat(seated.engine()).isNotBlank();
        assertThat(accepted(games().read().game(gameId)).black()).isEqualTo(seated.userId());
    }

    @Test
    void the_bot_answers_each_move_by_itself() {
        String gameId = created(ColorChoice.WHITE);
        accepted(bots.seat(gameId, 2, "req-2"));
        accepted(games().play().move(gameId, ALICE, new MoveRequest("a1", 0, "e2e4")));
        awaitMoves(gameId, 2);
        accepted(games().play().move(gameId, ALICE, new MoveRequest("a2", 2, "g1f3")));
        awaitMoves(gameId, 4);
    }

    @Test
    void a_bot_playing_white_makes_the_first_move() {
        String gameId = created(ColorChoice.BLACK);
        SeatedBot seated = accepted(bots.seat(gameId, 1, "req-3"));
        assertThat(seated.game().white()).isEqualTo(seated.userId());
        awaitMoves(gameId, 1);
    }

    @Test
    void a_game_nobody_created_is_refused() {
        assertThat(bots.seat("no-such-game", 1, "req-4")).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.GAME_NOT_FOUND));
    }

    @Test
    void a_full_game_is_refused() {
        String gameId = created(ColorChoice.WHITE);
        accepted(games().join().join(gameId, BOB));
        assertThat(bots.seat(gameId, 1, "req-5")).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.GAME_FULL));
    }

    @Test
    void a_level_outside_one_to_eight_is_refused_before_anything_happens() {
        String gameId = created(ColorChoice.WHITE);
        assertThatThrownBy(() -> bots.seat(gameId, 0, "req-6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bots.seat(gameId, 9, "req-6")).isInstanceOf(IllegalArgumentException.class);
        assertThat(accepted(games().read().game(gameId)).status()).isEqualTo(Lifecycle.WAITING_FOR_OPPONENT);
    }

    private String created(ColorChoice color) {
        return accepted(games().create().create(ALICE, GameSetup.standard(300_000, 0, color, false))).gameId();
    }

    private void awaitMoves(String gameId, int count) {
        Eventually.await(MOVE_WAIT, () -> accepted(games().read().game(gameId)).moves().size() >= count, count + " moves in game " + gameId);
        GameView game = accepted(games().read().game(gameId));
        assertThat(game.moves()).hasSize(count);
        assertThat(game.status()).isEqualTo(Lifecycle.IN_PROGRESS);
    }

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> a) return a.value();
        throw new AssertionError("expected accepted, got " + outcome);
    }
}
