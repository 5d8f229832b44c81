package org.rookery.adapters.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.domain.clock.TimeControl;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.MatchGameRequest;

/** The breaker's states, driven by a hand-moved clock. */
class Resilience4jMatchGameCreatorTest {
    private static final MatchGameRequest REQUEST = new MatchGameRequest("m1", "alice", "bob", new TimeControl(180_000, 2_000), true);
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2025-03-01T12:00:00Z"));
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean down = true;
    private final MatchGameCreator liveGame = request -> {
        calls.incrementAndGet();
        if (down) throw GameCreationException.unavailable("connection refused", null);
        return "game-" + request.matchId();
    };
    private final Resilience4jMatchGameCreator creator =
            new Resilience4jMatchGameCreator(liveGame, GameCreationBreakerSettings.defaults(), time);

    private void failTimes(int n) {
        for (int i = 0; i < n; i++) {
            assertThatThrownBy(() -> creator.createGame(REQUEST)).isInstanceOf(GameCreationException.class);
            time.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void opens_after_five_failures_within_a_minute_and_then_fails_fast_without_calling() {
        failTimes(4);
        assertThat(creator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        failTimes(1);
        assertThat(creator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> creator.createGame(REQUEST)).isInstanceOfSatisfying(GameCreationException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getCause()).isInstanceOf(CallNotPermittedException.class);
        });
        assertThat(calls).hasValue(5);
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_open_it() {
        failTimes(4);
        time.advance(Duration.ofSeconds(60));
        failTimes(1);
        assertThat(creator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void after_the_open_period_one_probe_closes_it_when_the_live_game_is_back() {
        failTimes(5);
        time.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> creator.createGame(REQUEST)).isInstanceOf(GameCreationException.class);
        assertThat(calls).as("still open after 25 s").hasValue(5);
        down = false;
        time.advance(Duration.ofSeconds(10));
        assertThat(creator.createGame(REQUEST)).isEqualTo("game-m1");
        assertThat(creator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void a_failed_probe_opens_it_again() {
        failTimes(5);
        time.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> creator.createGame(REQUEST)).isInstanceOf(GameCreationException.class);
        assertThat(calls).as("the probe went through").hasValue(6);
        assertThat(creator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void refusals_for_good_never_open_it() {
        Resilience4jMatchGameCreator refusing = new Resilience4jMatchGameCreator(request -> {
            throw GameCreationException.refused("invalid time control");
        }, GameCreationBreakerSettings.defaults(), time);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> refusing.createGame(REQUEST))
                    .isInstanceOfSatisfying(GameCreationException.class, e -> assertThat(e.retryable()).isFalse());
        }
        assertThat(refusing.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void settings_refuse_nonsense() {
        assertThatThrownBy(() -> new GameCreationBreakerSettings(Duration.ofMillis(1500), 5, 50, Duration.ofSeconds(30), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GameCreationBreakerSettings(Duration.ofSeconds(60), 5, 0, Duration.ofSeconds(30), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
