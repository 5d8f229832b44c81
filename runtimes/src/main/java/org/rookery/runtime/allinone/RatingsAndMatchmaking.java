package org.rookery.runtime.allinone;

import java.util.Random;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.adapters.memory.InProcessMatchGameCreator;
import org.rookery.adapters.resilience.Resilience4jMatchGameCreator;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.matchmaking.MatchmakingPorts;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.rating.RatingPorts;
import org.rookery.application.rating.RatingServices;

/**
 * The rating and matchmaking services of the all-in-one runtime, on the in-memory adapters and
 * the live-game service of the same process: the rating consumer takes every event the relay
 * publishes from the log (rated {@code GameEnded}s change ratings and boards, once each), backfills read
 * the event log, pairing waves run on the scheduler, and match games are created in process
 * behind the circuit breaker, failed ones waiting in the retry queue. {@link #stop()} stops the
 * waves. Thread-safe once built.
 */
final class RatingsAndMatchmaking {
    final RatingServices ratings;
    final MatchmakingServices matchmaking;
    final Resilience4jMatchGameCreator gameCreator;
    private final Configuration config;

    private RatingsAndMatchmaking(Configuration config, MemoryAdapters adapters, LiveGameService liveGames) {
        this.config = config;
        ratings = RatingServices.wire(new RatingPorts(adapters.ratings, adapters.leaderboards, adapters.eventLog, adapters.time,
                adapters.scheduler), RatingSettingsReader.read(config));
        gameCreator = new Resilience4jMatchGameCreator(new InProcessMatchGameCreator(liveGames, liveGames),
                MatchmakingSettingsReader.breaker(config), adapters.time);
        matchmaking = MatchmakingServices.wire(new MatchmakingPorts(gameCreator, adapters.matchRetries, adapters.matchNotifier,
                adapters.matchLog, adapters.ratings, adapters.time, adapters.livePorts.ids(), adapters.scheduler),
                MatchmakingSettingsReader.read(config), new Random());
    }

    /** Builds the services, subscribes the rating consumer to the bus and starts the waves. */
    static RatingsAndMatchmaking start(Configuration config, MemoryAdapters adapters, LiveGameService liveGames) {
        RatingsAndMatchmaking started = new RatingsAndMatchmaking(config, adapters, liveGames);
        // a failure (a write conflict that outlasted its retries) goes back to the relay, which offers the batch again
        adapters.publisher.subscribe(event -> started.ratings.results().record(event));
        started.matchmaking.waves().start();
        return started;
    }

    RatingApi ratingApi() {
        return new RatingApi(ratings.queries(), ratings.queries(), ratings.results(), ratings.backfill(), RatingSettingsReader.tokens(config));
    }

    MatchmakingApi matchmakingApi() {
        return MatchmakingApi.of(matchmaking.service());
    }

    void stop() {
        matchmaking.waves().stop();
    }
}
