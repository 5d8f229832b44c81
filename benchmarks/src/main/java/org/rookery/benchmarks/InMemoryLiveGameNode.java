package org.rookery.benchmarks;

import java.time.Duration;
import java.util.Random;
import java.util.SplittableRandom;
import org.rookery.adapters.memory.ExecutorScheduler;
import org.rookery.adapters.memory.InMemoryActiveGameCache;
import org.rookery.adapters.memory.InMemoryEventPublisher;
import org.rookery.adapters.memory.InMemoryGameBroadcaster;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryGameSnapshotStore;
import org.rookery.adapters.memory.InMemoryOutbox;
import org.rookery.adapters.memory.RandomIdGenerator;
import org.rookery.adapters.memory.SequentialIdGenerator;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.application.outbox.OutboxRelay;
import org.rookery.ports.out.IdGenerator;

/**
 * The live-game service wired on in-memory adapters the way a runtime wires it: the system clock,
 * real flag timers ({@link ExecutorScheduler}), the default snapshot interval, and an
 * {@link OutboxRelay} draining the outbox to an in-process bus every {@link #RELAY_PERIOD} on the
 * scheduler's threads (so the relay competes for the same cores as the players). Finished games
 * are {@linkplain #forget forgotten} by the caller, which keeps memory bounded however long it
 * runs. Thread-safe, like the service; {@link #close()} stops the relay and the timers.
 */
final class InMemoryLiveGameNode implements AutoCloseable {
    static final Duration RELAY_PERIOD = Duration.ofMillis(20);
    static final int RELAY_BATCH = 1_000;

    final LiveGameService service;
    final InMemoryGameEventLog log = new InMemoryGameEventLog();
    final InMemoryGameSnapshotStore snapshots = new InMemoryGameSnapshotStore();
    final InMemoryActiveGameCache cache = new InMemoryActiveGameCache();
    final InMemoryGameBroadcaster broadcaster = new InMemoryGameBroadcaster();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ExecutorScheduler scheduler;
    private final OutboxRelay relay;

    /** {@code ids} is {@code "random"} (UUIDs from a seeded generator) or {@code "sequential"} (counters). */
    InMemoryLiveGameNode(String ids, long seed) {
        SystemTimeSource time = new SystemTimeSource();
        scheduler = new ExecutorScheduler(time);
        service = new LiveGameService(
                new LiveGamePorts(log, snapshots, cache, broadcaster, outbox, time, idGenerator(ids, seed), scheduler),
                LiveGameSettings.DEFAULTS, new Random(seed));
        relay = new OutboxRelay(outbox, new InMemoryEventPublisher(), RELAY_BATCH);
        relay.start(scheduler, time, RELAY_PERIOD);
    }

    private static IdGenerator idGenerator(String ids, long seed) {
        return switch (ids) {
            case "random" -> new RandomIdGenerator(new SplittableRandom(seed));
            case "sequential" -> new SequentialIdGenerator();
            default -> throw new IllegalArgumentException("ids must be random or sequential, got " + ids);
        };
    }

    /** Drops a finished game's events and snapshot: in a real node they live in Kafka and PostgreSQL, not here. */
    void forget(String gameId) {
        log.forget(gameId);
        snapshots.forget(gameId);
    }

    /** One line on what the node holds, to show that memory stays bounded. */
    String holdings() {
        return "games in the log " + log.gameCount() + ", snapshots " + snapshots.size() + ", cached games " + cache.size()
                + ", events waiting in the outbox " + outbox.pendingCount();
    }

    @Override
    public void close() {
        relay.stop();
        scheduler.close();
    }
}
