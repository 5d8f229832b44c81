package org.rookery.runtime.allinone;

import java.security.SecureRandom;
import org.rookery.adapters.memory.ExecutorScheduler;
import org.rookery.adapters.memory.InMemoryActiveGameCache;
import org.rookery.adapters.memory.InMemoryEventPublisher;
import org.rookery.adapters.memory.InMemoryGameArchive;
import org.rookery.adapters.memory.InMemoryGameBroadcaster;
import org.rookery.adapters.memory.InMemoryGameSnapshotStore;
import org.rookery.adapters.memory.InMemoryLeaderboardStore;
import org.rookery.adapters.memory.InMemoryMatchNotifier;
import org.rookery.adapters.memory.InMemoryMatchRetryQueue;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryMatchEventLog;
import org.rookery.adapters.memory.InMemoryMatchEventPublisher;
import org.rookery.adapters.memory.InMemoryRelayCheckpoint;
import org.rookery.adapters.memory.InMemoryRateLimiter;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.adapters.memory.RandomIdGenerator;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.ports.out.RateLimiter;

/**
 * The driven-port adapters chosen by configuration ({@code rookery.adapters.<port>}); this build
 * has the in-memory ones, so any other choice stops the start with a clear message. The event log
 * keeps one global order, which the relays tail and rating backfills read. Holds the scheduler, which
 * {@link #close()} stops. Not thread-safe to build; the adapters are.
 */
final class MemoryAdapters implements AutoCloseable {
    final SystemTimeSource time = new SystemTimeSource();
    final ExecutorScheduler scheduler = new ExecutorScheduler(time);
    final InMemoryGameEventLog eventLog = new InMemoryGameEventLog();
    final InMemoryMatchEventLog matchLog = new InMemoryMatchEventLog();
    final InMemoryRelayCheckpoint checkpoints = new InMemoryRelayCheckpoint();
    final InMemoryMatchEventPublisher matchPublisher = new InMemoryMatchEventPublisher(false);
    final LiveGamePorts livePorts;
    final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    final RateLimiter rateLimiter = new InMemoryRateLimiter(time);
    final InMemoryRatingStore ratings = new InMemoryRatingStore();
    final InMemoryLeaderboardStore leaderboards = new InMemoryLeaderboardStore();
    final InMemoryMatchNotifier matchNotifier = new InMemoryMatchNotifier();
    final InMemoryMatchRetryQueue matchRetries = new InMemoryMatchRetryQueue();
    final InMemoryGameArchive gameArchive = new InMemoryGameArchive();

    MemoryAdapters(Configuration config) {
        for (String port : ConfigKeys.PORTS) {
            String choice = config.text(ConfigKeys.adapter(port), "memory");
            if (!choice.equals("memory")) {
                throw new ConfigurationException(ConfigKeys.adapter(port) + "=" + choice + ": this build has only the 'memory' adapter for " + port);
            }
        }
        livePorts = new LiveGamePorts(eventLog, new InMemoryGameSnapshotStore(), new InMemoryActiveGameCache(),
                new InMemoryGameBroadcaster(), time, new RandomIdGenerator(new SecureRandom()), scheduler);
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
