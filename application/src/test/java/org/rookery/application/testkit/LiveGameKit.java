package org.rookery.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.rookery.adapters.memory.InMemoryActiveGameCache;
import org.rookery.adapters.memory.InMemoryEventPublisher;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryGameSnapshotStore;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.application.game.LiveGameService;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;

/**
 * The live-game service of a {@link InMemoryPlatform#manual() manual} in-memory platform, with
 * players and helpers to start and play games. A test fixture, not thread-safe to configure.
 */
public final class LiveGameKit {
    public static final Actor ALICE = new Actor("alice", "req-a"), BOB = new Actor("bob", "req-b"), EVE = new Actor("eve", "req-e");

    public final InMemoryPlatform platform;
    public final ManualTimeSource time;
    public final ManualScheduler scheduler;
    public final InMemoryGameEventLog memoryLog;
    public final InMemoryGameSnapshotStore snapshots;
    public final InMemoryActiveGameCache cache;
    public final InMemoryEventPublisher bus;
    public final LiveGameService service;
    private int moveIds;

    /** On the default manual platform. */
    public LiveGameKit() {
        this(UnaryOperator.identity());
    }

    /** On a manual platform configured by {@code configure} (wrapped ports, settings). */
    public LiveGameKit(UnaryOperator<InMemoryPlatform.Builder> configure) {
        platform = configure.apply(InMemoryPlatform.manual()).start();
        time = platform.manualTime;
        scheduler = platform.manualScheduler;
        memoryLog = platform.eventLog;
        snapshots = platform.snapshots;
        cache = platform.cache;
        bus = platform.bus;
        service = platform.live;
    }

    /** A game Alice (White) created and Bob joined. */
    public String startedGame(long initialMs, long incrementMs) {
        GameView created = accepted(service.create(ALICE, GameSetup.standard(initialMs, incrementMs, ColorChoice.WHITE, true)));
        accepted(service.join(created.gameId(), BOB));
        return created.gameId();
    }

    public Outcome<MoveOutcome> move(String gameId, Actor player, String uci) {
        int ply = accepted(service.game(gameId)).moves().size();
        return service.move(gameId, player, new MoveRequest("mv-" + ++moveIds, ply, uci));
    }

    /** Plays the moves for whoever is to move. */
    public void play(String gameId, String... ucis) {
        for (String uci : ucis) {
            GameView v = accepted(service.game(gameId));
            Actor mover = v.clock().turn() == Color.WHITE ? ALICE : BOB;
            accepted(move(gameId, mover, uci));
        }
    }

    public List<EventEnvelope> events(String gameId) {
        return memoryLog.readAfter(gameId, 0);
    }

    public static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }
}
