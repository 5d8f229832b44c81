package org.rookery.adapters.http;

import java.time.Instant;
import org.rookery.adapters.http.auth.ServiceTokens;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.application.rating.RatingServices;
import org.rookery.application.rating.RatingSettings;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.domain.matchmaking.QueueConfig;
import org.rookery.ports.out.GameCreationException;

/**
 * The rating and matchmaking services of the test platform's {@link InMemoryPlatform}, as the HTTP
 * adapter's rating and matchmaking parts. Neither waves nor backfill steps run by
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

    private final Options options;
    volatile boolean gameCreationDown;
    private InMemoryPlatform platform;
    RatingServices ratings;
    MatchmakingServices matchmaking;

    RankedPlay(Options options) {
        this.options = options;
    }

    /** The platform's rating and matchmaking settings for these options, services run by hand, and a switch in front of game creation. */
    InMemoryPlatform.Builder configure(InMemoryPlatform.Builder builder) {
        // every rated player shows on the boards, even after one game, so that tests see them there
        RatingSettings ratingSettings = RatingSettings.defaults(options.legacyGoneAt()).withLeaderboardMaxDeviation(350);
        MatchmakingSettings defaults = MatchmakingSettings.defaults();
        MatchmakingSettings settings = new MatchmakingSettings(options.queue(), defaults.pairing(), defaults.waveInterval(),
                defaults.queueFullRetryAfter(), defaults.retryFirstDelay(), defaults.retryMaxDelay(), defaults.retriesPerWave(),
                defaults.newcomerRating());
        return builder.handRunServices().ratingSettings(ratingSettings).matchmakingSettings(settings).gameCreator(inProcess -> request -> {
            if (gameCreationDown) throw GameCreationException.unavailable("live games switched off by the test", null);
            return inProcess.createGame(request);
        });
    }

    void attach(InMemoryPlatform platform) {
        this.platform = platform;
        this.ratings = platform.ratings;
        this.matchmaking = platform.matchmaking;
    }

    HttpApiParts addTo(HttpApiParts parts) {
        RatingApi ratingApi = new RatingApi(ratings.queries(), ratings.queries(), ratings.results(), ratings.backfill(),
                new ServiceTokens(ADMIN, RESULTS));
        return parts.withRatings(ratingApi).withMatchmaking(MatchmakingApi.of(matchmaking.service()));
    }

    /** Runs the backfill's steps until none is left. */
    void runBackfill() {
        while (platform.servicesScheduler.runDue(platform.time.now().plusSeconds(1)) > 0) {
            // each step schedules the next until the log's end
        }
    }

    /** Runs one pairing wave now; the number of matches made. */
    int wave() {
        return matchmaking.waves().runWave().paired();
    }
}
