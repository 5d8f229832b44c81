package org.rookery.application.testkit;

import org.rookery.adapters.memory.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.application.outbox.OutboxRelay;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.EventPublisher;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.Outbox;

/**
 * The live-game service on in-memory adapters with a hand-moved clock and hand-run timers;
 * any port can be swapped for a faulty one. A test fixture, not thread-safe to configure.
 */
public final class LiveGameKit {
    public static final Actor ALICE = new Actor("alice", "req-a"), BOB = new Actor("bob", "req-b"), EVE = new Actor("eve", "req-e");

    public final ManualTimeSource time = new ManualTimeSource(Instant.parse("2025-03-01T12:00:00Z"));
    public final ManualScheduler scheduler = new ManualScheduler();
    public final InMemoryGameEventLog memoryLog = new InMemoryGameEventLog();
    public final InMemoryGameSnapshotStore snapshots = new InMemoryGameSnapshotStore();
    public final InMemoryActiveGameCache cache = new InMemoryActiveGameCache();
    public final InMemoryGameBroadcaster memoryBroadcaster = new InMemoryGameBroadcaster();
    public final InMemoryOutbox memoryOutbox = new InMemoryOutbox();
    public final InMemoryEventPublisher bus = new InMemoryEventPublisher(true);
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public GameEventLog log = memoryLog;
    public GameBroadcaster broadcaster = memoryBroadcaster;
    public Outbox outbox = memoryOutbox;
    public EventPublisher publisher = bus;
    public LiveGameService service;
    private int moveIds;

    public LiveGameKit start() {
        service = new LiveGameService(new LiveGamePorts(log, snapshots, cache, broadcaster, outbox, time, ids, scheduler),
                LiveGameSettings.DEFAULTS, new Random(3));
        return this;
    }

    public OutboxRelay relay() {
        return new OutboxRelay(memoryOutbox, publisher, 16);
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
            Actor mover = v.clock().turn() == org.rookery.domain.chess.Color.WHITE ? ALICE : BOB;
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
