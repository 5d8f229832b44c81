package org.rookery.benchmarks;

import java.time.Duration;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.relay.Relays;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.adapters.memory.InMemoryActiveGameCache;

/**
 * The live-game service as a runtime wires it, from the shared in-memory platform fixture: the
 * system clock, real flag timers, the default snapshot policy, and the relay tailing the event
 * log into an in-process bus every {@link #RELAY_PERIOD} on the scheduler's threads (so the relay
 * competes for the same cores as the players). Finished games are {@linkplain #forget forgotten}
 * by the caller, which keeps memory bounded however long it runs. Thread-safe, like the service;
 * {@link #close()} stops the relay and the timers.
 */
final class InMemoryLiveGameNode implements AutoCloseable {
    static final Duration RELAY_PERIOD = Duration.ofMillis(20);
    static final int RELAY_BATCH = 1_000;

    private final InMemoryPlatform platform;
    final LiveGameService service;
    final InMemoryActiveGameCache cache;

    /** {@code ids} is {@code "random"} (UUIDs from a seeded generator) or {@code "sequential"} (counters). */
    InMemoryLiveGameNode(String ids, long seed) {
        InMemoryPlatform.Builder builder = InMemoryPlatform.system().seed(seed).recordingBus(false).relays(RELAY_BATCH, RELAY_PERIOD);
        platform = switch (ids) {
            case "random" -> builder.start();
            case "sequential" -> builder.sequentialIds().start();
            default -> throw new IllegalArgumentException("ids must be random or sequential, got " + ids);
        };
        service = platform.live;
        cache = platform.cache;
    }

    /** Drops a finished game's events and snapshot, and the relayed part of the global order: in a real node they live in Kafka and PostgreSQL, not here. */
    void forget(String gameId) {
        platform.eventLog.forget(gameId, platform.checkpoints.position(Relays.GAME_EVENTS));
        platform.snapshots.forget(gameId);
    }

    /** One line on what the node holds, to show that memory stays bounded. */
    String holdings() {
        long relayed = platform.checkpoints.position(Relays.GAME_EVENTS);
        return "games in the log " + platform.eventLog.gameCount() + ", snapshots " + platform.snapshots.size() + ", cached games "
                + cache.size() + ", events not yet relayed " + (platform.eventLog.endPosition() - relayed);
    }

    @Override
    public void close() {
        platform.close();
    }
}
