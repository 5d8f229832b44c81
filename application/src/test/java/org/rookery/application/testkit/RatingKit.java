package org.rookery.application.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryLeaderboardStore;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.application.rating.RatingPorts;
import org.rookery.application.rating.RatingServices;
import org.rookery.application.rating.RatingSettings;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.StoredRating;

/**
 * The rating services of a {@link InMemoryPlatform#manual() manual} in-memory platform, plus
 * builders of {@code GameEnded} events. A test fixture, not thread-safe to configure.
 */
public final class RatingKit {
    public static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
    public static final Instant LEGACY_GONE_AT = Instant.parse("2025-06-01T00:00:00Z");
    public static final TimeControl BLITZ_3_2 = new TimeControl(180_000, 2_000);

    public final InMemoryPlatform platform;
    public final ManualTimeSource time;
    public final ManualScheduler scheduler;
    public final InMemoryRatingStore ratings;
    public final InMemoryLeaderboardStore leaderboard;
    public final InMemoryGameEventLog log;
    public final RatingServices services;
    private final AtomicLong eventIds = new AtomicLong();

    public RatingKit() {
        this(RatingSettings.defaults(LEGACY_GONE_AT));
    }

    public RatingKit(RatingSettings settings) {
        platform = InMemoryPlatform.manual().startingAt(START).ratingSettings(settings).start();
        time = platform.manualTime;
        scheduler = platform.manualScheduler;
        ratings = platform.ratingStore;
        leaderboard = platform.leaderboards;
        log = platform.eventLog;
        services = platform.ratings;
    }

    /** A rated 3+2 game's end, as the live-game service would publish it. */
    public EventEnvelope ended(String gameId, String white, String black, GameResult result, Instant at) {
        return ended(gameId, white, black, result, at, true);
    }

    public EventEnvelope ended(String gameId, String white, String black, GameResult result, Instant at, boolean rated) {
        GameEnded payload = new GameEnded(result, result == GameResult.DRAW ? EndReason.AGREEMENT : EndReason.RESIGNATION,
                white, black, rated, BLITZ_3_2, "[Result \"" + result.notation() + "\"] *", white, 1_000, 1_000);
        return EventEnvelope.of("ev-" + eventIds.incrementAndGet(), gameId, 1, at, "test", payload); // alone in its game's log
    }

    /** {@code count} results between {@code players} players named {@code prefix0…}, a minute apart, seeded. */
    public List<EventEnvelope> season(String prefix, int players, int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int w = random.nextInt(players), b = (w + 1 + random.nextInt(players - 1)) % players;
            GameResult result = GameResult.values()[random.nextInt(3)];
            events.add(ended(prefix + "-g" + i, prefix + w, prefix + b, result, START.plus(Duration.ofMinutes(i))));
        }
        return events;
    }

    /** Every stored blitz rating by player, sorted, for comparisons. */
    public Map<String, StoredRating> blitzRatings() {
        Map<String, StoredRating> all = new TreeMap<>();
        ratings.forEachRating(RatingPool.BLITZ, all::put);
        return all;
    }

    /** Runs scheduled backfill steps until none is due, moving the clock by {@code step} between rounds. */
    public void runBackfill(Duration step) {
        while (scheduler.runDue(time.now()) > 0 || scheduler.pendingCount() > 0) time.advance(step);
    }
}
