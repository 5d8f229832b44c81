package org.rookery.adapters.http.sse;

import io.helidon.webserver.http.HttpRules;
import java.util.Optional;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.adapters.http.usecase.MatchmakingApi;

/**
 * Registers the Server-Sent Event streams: a game's events always, a player's match notices when
 * matchmaking is served. {@code capacity} is how many events a game stream's client may lag. Stateless.
 */
public final class StreamRoutes {
    private StreamRoutes() {}

    public static void register(HttpRules routing, LiveGameApi games, Optional<MatchmakingApi> matchmaking, Json json,
            BearerAuthentication auth, HttpMetrics metrics, int capacity) {
        routing.register(new GameEventStreamRoutes(games, json, auth, metrics, capacity));
        matchmaking.ifPresent(m -> routing.register(new MatchNoticeStreamRoutes(m, json, auth, metrics)));
    }
}
