package org.rookery.runtime.allinone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.out.engine.SlaTier;

/** Every configuration key the all-in-one runtime reads (documented in docs/configuration.md). Stateless. */
public final class ConfigKeys {
    public static final String CONFIG_FILE = "rookery.config";
    public static final String HOST = "rookery.host";
    public static final String PORT = "rookery.port";
    public static final String TOKEN_SECRET = "rookery.token-secret";
    public static final String METRICS_TOKEN = "rookery.metrics-token";
    public static final String GUEST_TOKEN_TTL = "rookery.guest-token-ttl";
    public static final String TOKEN_ISSUER = "rookery.token-issuer";
    public static final String MAX_BODY_BYTES = "rookery.http.max-body-bytes";
    public static final String MAX_CONNECTIONS_PER_ADDRESS = "rookery.http.max-connections-per-address";
    public static final String HEADER_TIMEOUT = "rookery.http.header-timeout";
    public static final String BODY_TIMEOUT = "rookery.http.body-timeout";
    public static final String IDLE_TIMEOUT = "rookery.http.idle-timeout";
    public static final String MAX_FRAME_BYTES = "rookery.ws.max-frame-bytes";
    public static final String QUEUE_CAPACITY = "rookery.ws.queue-capacity";
    public static final String PING_INTERVAL = "rookery.ws.ping-interval";
    public static final String DEAD_AFTER = "rookery.ws.dead-after";
    public static final String CLOSE_GRACE = "rookery.ws.close-grace";
    public static final String SNAPSHOT_EVERY = "rookery.game.snapshot-every";
    public static final String SNAPSHOT_INTERVAL = "rookery.game.snapshot-interval";
    public static final String LOCK_WAIT = "rookery.game.lock-wait";
    public static final String RELAY_PERIOD = "rookery.relay.period";
    public static final String RELAY_BATCH = "rookery.relay.batch-size";
    public static final String ADMIN_TOKEN = "rookery.admin-token";
    public static final String TAU = "rookery.ratings.tau";
    public static final String LEADERBOARD_MAX_DEVIATION = "rookery.ratings.leaderboard-max-deviation";
    public static final String LEGACY_RESULTS_GONE_AT = "rookery.ratings.legacy-results-gone-at";
    public static final String RESULTS_TOKEN = "rookery.ratings.results-token";
    public static final String BACKFILL_BATCH_SIZE = "rookery.ratings.backfill-batch-size";
    public static final String BACKFILL_PAUSE = "rookery.ratings.backfill-pause";
    public static final String JOIN_INTERVAL = "rookery.matchmaking.join-interval";
    public static final String MATCHMAKING_CAPACITY = "rookery.matchmaking.queue-capacity";
    public static final String WAVE_PERIOD = "rookery.matchmaking.wave-period";
    public static final String RETRY_FIRST_DELAY = "rookery.matchmaking.retry-first-delay";
    public static final String RETRY_MAX_DELAY = "rookery.matchmaking.retry-max-delay";
    public static final String BREAKER_WINDOW = "rookery.matchmaking.breaker.window";
    public static final String BREAKER_MINIMUM_CALLS = "rookery.matchmaking.breaker.minimum-calls";
    public static final String BREAKER_FAILURE_RATE = "rookery.matchmaking.breaker.failure-rate";
    public static final String BREAKER_OPEN_FOR = "rookery.matchmaking.breaker.open-for";
    public static final String BREAKER_HALF_OPEN_PROBES = "rookery.matchmaking.breaker.half-open-probes";
    public static final String ENGINE_PATH = "rookery.engine.path";
    public static final String ENGINE_FALLBACK = "rookery.engine.fallback";
    public static final String ENGINE_POOL_SIZE = "rookery.engine.pool-size";
    public static final String ENGINE_THREADS = "rookery.engine.threads";
    public static final String ENGINE_HASH_MB = "rookery.engine.hash-mb";
    public static final String BOT_MOVE_BUDGET = "rookery.bot.move-budget";
    public static final String BOT_ENGINE_BUDGET = "rookery.bot.engine-budget";
    public static final String BOT_BOOK_BUDGET = "rookery.bot.book-budget";
    public static final String ANALYSIS_TIMEOUT = "rookery.analysis.timeout";
    /** What each engine tier has: {@code rookery.engine.tier.<tier>.<setting>}. */
    public static final List<String> TIER_SETTINGS = List.of("budget", "queue-limit", "max-engines");
    public static final String TRACING = "rookery.tracing";
    public static final String LOG_FORMAT = "rookery.log.format";
    /** The driven ports whose adapter is chosen by {@code rookery.adapters.<port>}. */
    public static final List<String> PORTS = List.of("event-log", "snapshot-store", "game-cache", "broadcaster", "relay-checkpoint",
            "event-publisher", "match-event-log", "match-event-publisher", "rate-limiter", "rating-store", "leaderboard-store", "match-notifier", "match-retry-queue",
            "game-archive");
    public static final List<String> ALL = all();

    private ConfigKeys() {}

    public static String adapter(String port) {
        return "rookery.adapters." + port;
    }

    /** {@code rookery.engine.tier.critical.budget}, {@code rookery.engine.tier.low.max-engines}, … */
    public static String tier(SlaTier tier, String setting) {
        return "rookery.engine.tier." + tier.name().toLowerCase(Locale.ROOT) + "." + setting;
    }

    /** {@code rookery.rate.move.user}, {@code rookery.rate.guest-token.ip}, … */
    public static String rate(LimitedAction action, boolean byUser) {
        return "rookery.rate." + action.name().toLowerCase(Locale.ROOT).replace('_', '-') + (byUser ? ".user" : ".ip");
    }

    private static List<String> all() {
        List<String> keys = new ArrayList<>(List.of(CONFIG_FILE, HOST, PORT, TOKEN_SECRET, METRICS_TOKEN, GUEST_TOKEN_TTL,
                TOKEN_ISSUER, MAX_BODY_BYTES, MAX_CONNECTIONS_PER_ADDRESS, HEADER_TIMEOUT, BODY_TIMEOUT, IDLE_TIMEOUT,
                MAX_FRAME_BYTES, QUEUE_CAPACITY, PING_INTERVAL, DEAD_AFTER, CLOSE_GRACE, SNAPSHOT_EVERY, SNAPSHOT_INTERVAL, LOCK_WAIT,
                RELAY_PERIOD, RELAY_BATCH, ADMIN_TOKEN,
                TAU, LEADERBOARD_MAX_DEVIATION, LEGACY_RESULTS_GONE_AT, RESULTS_TOKEN, BACKFILL_BATCH_SIZE, BACKFILL_PAUSE,
                JOIN_INTERVAL, MATCHMAKING_CAPACITY, WAVE_PERIOD, RETRY_FIRST_DELAY, RETRY_MAX_DELAY, BREAKER_WINDOW,
                BREAKER_MINIMUM_CALLS, BREAKER_FAILURE_RATE, BREAKER_OPEN_FOR, BREAKER_HALF_OPEN_PROBES,
                ENGINE_PATH, ENGINE_FALLBACK, ENGINE_POOL_SIZE, ENGINE_THREADS, ENGINE_HASH_MB, BOT_MOVE_BUDGET, BOT_ENGINE_BUDGET,
                BOT_BOOK_BUDGET, ANALYSIS_TIMEOUT, TRACING, LOG_FORMAT));
        for (SlaTier tier : SlaTier.values()) TIER_SETTINGS.forEach(setting -> keys.add(tier(tier, setting)));
        PORTS.forEach(p -> keys.add(adapter(p)));
        for (LimitedAction a : LimitedAction.values()) {
            keys.add(rate(a, true));
            keys.add(rate(a, false));
        }
        return List.copyOf(keys);
    }
}
