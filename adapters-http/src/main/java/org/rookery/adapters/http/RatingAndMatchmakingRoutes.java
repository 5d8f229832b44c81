package org.rookery.adapters.http;

import io.helidon.webserver.http.HttpRouting;

/**
 * Registers the rating and the matchmaking routes, each group only when the composition root
 * gave its use cases ({@link HttpApiParts#ratings()}, {@link HttpApiParts#matchmaking()}).
 * Stateless.
 */
final class RatingAndMatchmakingRoutes {
    private RatingAndMatchmakingRoutes() {}

    static void register(HttpRouting.Builder routing, HttpApiParts parts, JsonExchange exchange, BearerAuthentication auth,
            RateLimits limits, HttpMetrics metrics) {
        parts.ratings().ifPresent(ratings -> {
            ServiceAuthentication services = new ServiceAuthentication(auth, ratings.tokens());
            routing.register(new RatingsService(ratings, exchange, auth, limits))
                    .register(new LegacyResultsService(ratings, exchange, services))
                    .register(new BackfillAdminService(ratings, exchange, services));
        });
        parts.matchmaking().ifPresent(matchmaking -> routing
                .register(new MatchmakingQueueService(matchmaking, exchange, auth, limits, metrics))
                .register(new MatchNoticeStreamService(matchmaking, exchange.json(), auth, metrics)));
    }
}
