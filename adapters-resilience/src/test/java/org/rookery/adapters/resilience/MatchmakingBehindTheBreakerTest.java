package org.rookery.adapters.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.domain.event.MatchCreated;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;

/** Matchmaking with game creation behind the breaker: matches wait while it is open and all get their game once it closes. */
class MatchmakingBehindTheBreakerTest {
    private final AtomicInteger liveGameCalls = new AtomicInteger();
    private volatile boolean down = true;
    private Resilience4jMatchGameCreator breaker;

    @Test
    void matches_are_queued_while_the_breaker_is_open_and_each_gets_one_game_once_it_closes() {
        InMemoryPlatform platform = InMemoryPlatform.manual().gameCreator((inProcess, time) -> {
            MatchGameCreator flaky = request -> {
                liveGameCalls.incrementAndGet();
                if (down) throw GameCreationException.unavailable("live-game unreachable", null);
                return inProcess.createGame(request);
            };
            breaker = new Resilience4jMatchGameCreator(flaky, GameCreationBreakerSettings.defaults(), time);
            return breaker;
        }).start();
        MatchmakingServices matchmaking = platform.matchmaking;
        matchmaking.waves().start();
        for (int i = 0; i < 20; i++) matchmaking.service().join(new JoinRequest("p" + i, 180_000, 2_000, true));

        platform.pass(Duration.ofSeconds(1));
        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(liveGameCalls).as("five failures open it; the other five fail fast").hasValue(5);
        assertThat(platform.retries.size()).isEqualTo(10);

        for (int s = 0; s < 20; s++) platform.pass(Duration.ofSeconds(1));
        assertThat(liveGameCalls).as("nothing reaches the live game while open").hasValue(5);
        assertThat(platform.retries.size()).isEqualTo(10);

        down = false;
        for (int s = 0; s < 70; s++) platform.pass(Duration.ofSeconds(1));

        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(platform.retries.size()).isZero();
        List<MatchCreated> created = platform.matchLog.readAll(0, 10_000).stream().map(e -> (MatchCreated) e.event().payload()).toList();
        assertThat(created).hasSize(10);
        assertThat(created.stream().map(MatchCreated::matchId).distinct()).hasSize(10);
        assertThat(matchmaking.service().stats().gamesCreated()).isEqualTo(10);
    }
}
