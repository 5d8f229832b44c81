package org.rookery.adapters.http;

import java.time.Instant;
import java.util.Random;
import org.rookery.adapters.http.auth.ServiceTokens;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.adapters.memory.InMemoryLeaderboardStore;
import org.rookery.adapters.memory.InMemoryMatchNotifier;
import org.rookery.adapters.memory.InMemoryMatchRetryQueue;
import org.rookery.adapters.memory.InMemoryMatchEventLog;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.adapters.memory.InProcessMatchGameCreator;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.SequentialIdGenerator;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.matchmaking.MatchmakingPorts;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.application.rating.RatingPorts;
import org.rookery.application.rating.RatingServices;
import org.rookery.application.rating.RatingSettings;
import org.rookery.domain.matchmaking.QueueConfig;
import org.rookery.ports.out.EventLogReader;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.TimeSource;

/**
 * The rating and matchmaking services on the in-memory kit, over a test platform's live games,
 * as the HTTP adapter's rating and matchmaking parts. Neither waves nor backfill steps run by
 * themselves: tests call {@link #wave()} and {@link #runBackfill()}; game creation for matches can
 * be switched off. A test fixture.
 */
final class RankedPlay {
    static final String ADMIN = "admin-secret";
    static final String RESULTS = "results-secret";

    /** What a test may change: when the legacy endpoint retires and the queue's limits. */
    record Options(Instant legacyGoneAt, QueueConfig queue) {
        static final Options DEFAULTS = new Options(Instant.parse("2100-01-01T00:00:00Z"), QueueConfig.defaults());

        Options withLegacyGoneAt(Instant at) {
            return new Options(at, queue);
        }

        Options withQueue(QueueConfig config) {
            return new Options(legacyGoneAt, config);
        }
    }

    final InMemoryRatingStore ratingStore = new InMemoryRatingStore();
    final InMemoryLeaderboardStore boards = new InMemoryLeaderboardStore();
    final InMemoryMatchNotifier notifier = new InMemoryMatchNotifier();
    final InMemoryMatchRetryQueue retries = new InMemoryMatchRetryQueue();
    final InMemoryMatchEventLog matchLog = new InMemoryMatchEventLog();
    final ManualScheduler steps = new ManualScheduler();
    final TimeSource time;
    volatile boolean gameCreationDown;
    final RatingServices ratings;
    final MatchmakingServices matchmaking;

    RankedPlay(LiveGameService games, EventLogReader log, TimeSource time, Options options) {
        this.time = time;
        // every rated player shows on the boards, even after one game, so that tests see them there
        RatingSettings ratingSettings = RatingSettings.defaults(options.legacyGoneAt()).withLeaderboardMaxDeviation(350);
        ratings = RatingServices.wire(new RatingPorts(ratingStore, boards, log, time, steps), ratingSettings);
        MatchmakingSettings defaults = MatchmakingSettings.defaults();
        MatchmakingSettings settings = new MatchmakingSettings(options.queue(), defaults.pairing(), defaults.waveInterval(),
                defaults.queueFullRetryAfter(), defaults.retryFirstDelay(), defaults.retryMaxDelay(), defaults.retriesPerWave(),
                defaults.newcomerRating());
        MatchGameCreator inProcess = new InProcessMatchGameCreator(games, games);
        MatchGameCreator switchable = request -> {
            if (gameCreationDown) throw GameCreationException.unavailable("live games switched off by the test", null);
            return inProcess.createGame(request);
        };
        matchmaking = MatchmakingServices.wire(new MatchmakingPorts(switchable, retries, notifier, matchLog, ratingStore, time,
                new SequentialIdGenerator("m"), steps), settings, new Random(7));
    }

    HttpApiParts addTo(HttpApiParts parts) {
        RatingApi ratingApi = new RatingApi(ratings.queries(), ratings.queries(), ratings.results(), ratings.backfill(),
                new ServiceTokens(ADMIN, RESULTS));
        return parts.withRatings(ratingApi).withMatchmaking(MatchmakingApi.of(matchmaking.service()));
    }

    /** Runs the backfill's steps until none is left. */
    void runBackfill() {
        while (steps.runDue(time.now().plusSeconds(1)) > 0) {
            // each step schedules the next until the log's end
        }
    }

    /** Runs one pairing wave now; the number of matches made. */
    int wave() {
        return matchmaking.waves().runWave().paired();
    }
}
