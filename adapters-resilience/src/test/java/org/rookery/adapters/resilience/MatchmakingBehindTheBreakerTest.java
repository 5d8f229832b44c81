package org.rookery.adapters.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InMemoryActiveGameCache;
import org.rookery.adapters.memory.InMemoryGameBroadcaster;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryGameSnapshotStore;
import org.rookery.adapters.memory.InMemoryMatchNotifier;
import org.rookery.adapters.memory.InMemoryMatchRetryQueue;
import org.rookery.adapters.memory.InMemoryOutbox;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.adapters.memory.InProcessMatchGameCreator;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.adapters.memory.SequentialIdGenerator;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.application.matchmaking.MatchmakingPorts;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.domain.event.MatchCreated;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;

/** Matchmaking with game creation behind the breaker: matches wait while it is open and all get their game once it closes. */
class MatchmakingBehindTheBreakerTest {
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2025-03-01T12:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final InMemoryMatchRetryQueue retries = new InMemoryMatchRetryQueue();
    private final AtomicInteger liveGameCalls = new AtomicInteger();
    private volatile boolean down = true;

    @Test
    void matches_are_queued_while_the_breaker_is_open_and_each_gets_one_game_once_it_closes() {
        LiveGameService live = new LiveGameService(new LiveGamePorts(new InMemoryGameEventLog(), new InMemoryGameSnapshotStore(),
                new InMemoryActiveGameCache(), new InMemoryGameBroadcaster(), outbox, time, ids, scheduler), LiveGameSettings.DEFAULTS, new Random(1));
        MatchGameCreator inProcess = new InProcessMatchGameCreator(live, live);
        MatchGameCreator flaky = request -> {
            liveGameCalls.incrementAndGet();
            if (down) throw GameCreationException.unavailable("live-game unreachable", null);
            return inProcess.createGame(request);
        };
        Resilience4jMatchGameCreator breaker = new Resilience4jMatchGameCreator(flaky, GameCreationBreakerSettings.defaults(), time);
        MatchmakingServices matchmaking = MatchmakingServices.wire(new MatchmakingPorts(breaker, retries, new InMemoryMatchNotifier(),
                outbox, new InMemoryRatingStore(), time, ids, scheduler), MatchmakingSettings.defaults(), new Random(2));
        matchmaking.waves().start();
        for (int i = 0; i < 20; i++) matchmaking.service().join(new JoinRequest("p" + i, 180_000, 2_000, true));

        pass(Duration.ofSeconds(1));
        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(liveGameCalls).as("five failures open it; the other five fail fast").hasValue(5);
        assertThat(retries.size()).isEqualTo(10);

        for (int s = 0; s < 20; s++) pass(Duration.ofSeconds(1));
        assertThat(liveGameCalls).as("nothing reaches the live game while open").hasValue(5);
        assertThat(retries.size()).isEqualTo(10);

        down = false;
        for (int s = 0; s < 70; s++) pass(Duration.ofSeconds(1));

        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(retries.size()).isZero();
        List<MatchCreated> created = outbox.peek(10_000).stream().map(e -> e.payload())
                .filter(MatchCreated.class::isInstance).map(MatchCreated.class::cast).toList();
        assertThat(created).hasSize(10);
        assertThat(created.stream().map(MatchCreated::matchId).distinct()).hasSize(10);
        assertThat(matchmaking.service().stats().gamesCreated()).isEqualTo(10);
    }

    private void pass(Duration d) {
        time.advance(d);
        scheduler.runDue(time.now());
    }
}
