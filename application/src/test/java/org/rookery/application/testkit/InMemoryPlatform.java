package org.rookery.application.testkit;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.rookery.adapters.memory.ExecutorScheduler;
import org.rookery.adapters.memory.InMemoryActiveGameCache;
import org.rookery.adapters.memory.InMemoryEventPublisher;
import org.rookery.adapters.memory.InMemoryGameBroadcaster;
import org.rookery.adapters.memory.InMemoryGameArchive;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryGameSnapshotStore;
import org.rookery.adapters.memory.InMemoryLeaderboardStore;
import org.rookery.adapters.memory.InMemoryMatchEventLog;
import org.rookery.adapters.memory.InMemoryMatchEventPublisher;
import org.rookery.adapters.memory.InMemoryMatchNotifier;
import org.rookery.adapters.memory.InMemoryMatchRetryQueue;
import org.rookery.adapters.memory.InMemoryRateLimiter;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.adapters.memory.InMemoryRelayCheckpoint;
import org.rookery.adapters.memory.InProcessMatchGameCreator;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.adapters.memory.RandomIdGenerator;
import org.rookery.adapters.memory.SequentialIdGenerator;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.application.history.HistoryServices;
import org.rookery.application.matchmaking.MatchmakingPorts;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.application.rating.RatingPorts;
import org.rookery.application.rating.RatingServices;
import org.rookery.application.rating.RatingSettings;
import org.rookery.application.relay.LogRelay;
import org.rookery.application.relay.Relays;
import org.rookery.ports.out.EventPublisher;
import org.rookery.ports.out.GameArchive;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.GameSnapshotStore;
import org.rookery.ports.out.IdGenerator;
import org.rookery.ports.out.LoggedEvent;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.MatchEventLog;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/**
 * The whole platform — live games, both relays, ratings, matchmaking, history — on the in-memory adapters,
 * wired once for every test, benchmark and fixture that needs it. Two flavours: {@link #manual()}
 * (a hand-moved clock, hand-run timers, sequential ids, seeded randomness: relays and waves run
 * only when the test says so) and {@link #system()} (the system clock, real timers, random ids:
 * relays run on the scheduler). Any port can be wrapped (to plant a failure) before
 * {@link Builder#start()}. A test fixture: configure it on one thread; the platform it builds is
 * thread-safe. Close it to stop its timers.
 */
public final class InMemoryPlatform implements AutoCloseable {
    public final TimeSource time;
    public final Scheduler scheduler;
    /** The hand-moved clock and scheduler of a {@link #manual()} platform; null on a {@link #system()} one. */
    public final ManualTimeSource manualTime;
    public final ManualScheduler manualScheduler;
    /** Where ratings and matchmaking schedule their steps (backfill steps, pairing waves): the platform's scheduler, or a hand-run one. */
    public final ManualScheduler servicesScheduler;
    public final IdGenerator ids;

    public final InMemoryGameEventLog eventLog = new InMemoryGameEventLog();
    public final InMemoryGameSnapshotStore snapshots = new InMemoryGameSnapshotStore();
    public final InMemoryActiveGameCache cache = new InMemoryActiveGameCache();
    public final InMemoryGameBroadcaster broadcaster = new InMemoryGameBroadcaster();
    public final InMemoryRelayCheckpoint checkpoints = new InMemoryRelayCheckpoint();
    public final InMemoryEventPublisher bus;
    public final InMemoryMatchEventLog matchLog = new InMemoryMatchEventLog();
    public final InMemoryMatchEventPublisher matchBus = new InMemoryMatchEventPublisher(true);
    public final InMemoryRatingStore ratingStore = new InMemoryRatingStore();
    public final InMemoryLeaderboardStore leaderboards = new InMemoryLeaderboardStore();
    public final InMemoryMatchNotifier notifier = new InMemoryMatchNotifier();
    public final InMemoryMatchRetryQueue retries = new InMemoryMatchRetryQueue();
    public final InMemoryRateLimiter rateLimiter;
    public final InMemoryGameArchive archive = new InMemoryGameArchive();

    /** The ports the live-game service runs on (the wrapped ones where a test wrapped them). */
    public final LiveGamePorts livePorts;
    public final LiveGameService live;
    public final LogRelay<LoggedEvent> gameRelay;
    public final LogRelay<LoggedMatchEvent> matchRelay;
    public final RatingServices ratings;
    public final MatchmakingServices matchmaking;
    /** The history on the archive (the wrapped one where a test wrapped it); its game reads ask {@link #live} first. */
    public final HistoryServices history;
    private final ExecutorScheduler executor;

    private InMemoryPlatform(Builder b) {
        manualTime = b.manual ? new ManualTimeSource(b.start) : null;
        manualScheduler = b.manual ? new ManualScheduler() : null;
        time = b.manual ? manualTime : new SystemTimeSource();
        executor = b.manual ? null : new ExecutorScheduler(time);
        scheduler = b.manual ? manualScheduler : executor;
        servicesScheduler = b.manual ? manualScheduler : b.handRunServices ? new ManualScheduler() : null;
        Scheduler services = servicesScheduler == null ? scheduler : servicesScheduler;
        ids = b.manual || b.sequentialIds ? new SequentialIdGenerator() : new RandomIdGenerator(new SplittableRandom(b.seed));
        RandomGenerator random = b.manual ? new Random(b.seed) : new SecureRandom();
        bus = new InMemoryEventPublisher(b.recordBus);
        rateLimiter = new InMemoryRateLimiter(time);
        GameEventLog log = b.eventLog.apply(eventLog);
        livePorts = new LiveGamePorts(log, b.snapshots.apply(snapshots), cache, b.broadcaster.apply(broadcaster), time, ids, scheduler);
        live = new LiveGameService(livePorts, b.liveSettings, random);
        gameRelay = Relays.gameEvents(log, b.publisher.apply(bus), checkpoints, b.relayBatch);
        MatchEventLog matches = b.matchLog.apply(matchLog);
        matchRelay = Relays.matches(matches, matchBus, checkpoints, b.relayBatch);
        ratings = RatingServices.wire(new RatingPorts(ratingStore, leaderboards, log, time, services), b.ratingSettings);
        MatchGameCreator creator = b.gameCreator.apply(new InProcessMatchGameCreator(live, live), time);
        matchmaking = MatchmakingServices.wire(new MatchmakingPorts(creator, retries, notifier, matches, ratingStore,
                time, ids, services), b.matchmakingSettings, new Random(b.seed + 1));
        history = HistoryServices.wire(b.archive.apply(archive), live);
        if (b.ratingConsumer) bus.subscribe(event -> ratings.results().record(event));
        if (b.historyConsumer) bus.subscribe(event -> history.recorder().record(event));
        if (!b.manual) {
            gameRelay.start(scheduler, time, b.relayPeriod);
            matchRelay.start(scheduler, time, b.relayPeriod);
        }
    }

    /** A platform on a hand-moved clock starting 2025-03-01T12:00:00Z, hand-run timers and relays, sequential ids. */
    public static Builder manual() {
        return new Builder(true);
    }

    /** A platform on the system clock with real timers, random ids and relays running every 20 ms. */
    public static Builder system() {
        return new Builder(false);
    }

    /** Moves a manual platform's clock and runs the timers (flags, waves, backfill steps) that came due. */
    public void pass(Duration duration) {
        manualTime.advance(duration);
        manualScheduler.runDue(manualTime.now());
    }

    /** Runs both relays until the logs are drained (or a publisher fails); returns how many events went out. */
    public int relayAll() {
        return gameRelay.relay() + matchRelay.relay();
    }

    @Override
    public void close() {
        gameRelay.stop();
        matchRelay.stop();
        if (executor != null) executor.close();
    }

    /** What a platform is built from; every port defaults to its in-memory adapter. Not thread-safe. */
    public static final class Builder {
        private final boolean manual;
        private Instant start = Instant.parse("2025-03-01T12:00:00Z");
        private long seed = 3;
        private boolean recordBus = true, ratingConsumer, historyConsumer, sequentialIds, handRunServices;
        private int relayBatch = 256;
        private Duration relayPeriod = Duration.ofMillis(20);
        private LiveGameSettings liveSettings = LiveGameSettings.DEFAULTS;
        private RatingSettings ratingSettings = RatingSettings.defaults(Instant.parse("2025-06-01T00:00:00Z"));
        private MatchmakingSettings matchmakingSettings = MatchmakingSettings.defaults();
        private UnaryOperator<GameEventLog> eventLog = UnaryOperator.identity();
        private UnaryOperator<GameSnapshotStore> snapshots = UnaryOperator.identity();
        private UnaryOperator<GameBroadcaster> broadcaster = UnaryOperator.identity();
        private UnaryOperator<EventPublisher> publisher = UnaryOperator.identity();
        private UnaryOperator<MatchEventLog> matchLog = UnaryOperator.identity();
        private UnaryOperator<GameArchive> archive = UnaryOperator.identity();
        private BiFunction<MatchGameCreator, TimeSource, MatchGameCreator> gameCreator = (creator, time) -> creator;

        private Builder(boolean manual) {
            this.manual = manual;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** On a system platform: ratings' and matchmaking's steps wait on {@link #servicesScheduler} until the test runs them. */
        public Builder handRunServices() {
            this.handRunServices = true;
            return this;
        }

        /** Counters instead of random ids on a system platform (a manual one always counts). */
        public Builder sequentialIds() {
            this.sequentialIds = true;
            return this;
        }

        public Builder startingAt(Instant start) {
            this.start = start;
            return this;
        }

        /** Whether the in-process bus keeps what it publishes for tests to read (true by default; benchmarks say false). */
        public Builder recordingBus(boolean record) {
            this.recordBus = record;
            return this;
        }

        /** Subscribes the rating service to the game-events bus, as the all-in-one runtime does. */
        public Builder withRatingConsumer() {
            this.ratingConsumer = true;
            return this;
        }

        /** Subscribes the history service to the game-events bus, as the all-in-one runtime does. */
        public Builder withHistoryConsumer() {
            this.historyConsumer = true;
            return this;
        }

        public Builder relays(int batch, Duration period) {
            this.relayBatch = batch;
            this.relayPeriod = period;
            return this;
        }

        public Builder liveSettings(LiveGameSettings settings) {
            this.liveSettings = settings;
            return this;
        }

        public Builder ratingSettings(RatingSettings settings) {
            this.ratingSettings = settings;
            return this;
        }

        public Builder matchmakingSettings(MatchmakingSettings settings) {
            this.matchmakingSettings = settings;
            return this;
        }

        public Builder eventLog(UnaryOperator<GameEventLog> wrap) {
            this.eventLog = wrap;
            return this;
        }

        public Builder snapshots(UnaryOperator<GameSnapshotStore> wrap) {
            this.snapshots = wrap;
            return this;
        }

        public Builder broadcaster(UnaryOperator<GameBroadcaster> wrap) {
            this.broadcaster = wrap;
            return this;
        }

        public Builder publisher(UnaryOperator<EventPublisher> wrap) {
            this.publisher = wrap;
            return this;
        }

        public Builder matchLog(UnaryOperator<MatchEventLog> wrap) {
            this.matchLog = wrap;
            return this;
        }

        public Builder archive(UnaryOperator<GameArchive> wrap) {
            this.archive = wrap;
            return this;
        }

        public Builder gameCreator(UnaryOperator<MatchGameCreator> wrap) {
            this.gameCreator = (creator, time) -> wrap.apply(creator);
            return this;
        }

        /** Wraps match-game creation with something that needs the platform's clock (a circuit breaker). */
        public Builder gameCreator(BiFunction<MatchGameCreator, TimeSource, MatchGameCreator> wrap) {
            this.gameCreator = wrap;
            return this;
        }

        public InMemoryPlatform start() {
            return new InMemoryPlatform(this);
        }
    }
}
