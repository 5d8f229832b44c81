package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import org.rookery.adapters.http.auth.ServiceAuthentication;
import org.rookery.adapters.http.usecase.ComputerApi;

/**
 * Registers the REST routes of API.md: guest tokens, games and premove checks, health and
 * /metrics always; the rating routes, the matchmaking queue, position analysis and players'
 * archives only when the composition root gave their use cases (games against the computer go
 * through the games routes). Stateless.
 */
public final class RestRoutes {
    private RestRoutes() {}

    public static void register(HttpRules routing, RestParts parts) {
        routing.register(new GuestTokenRoutes(parts.auth().tokens(), parts.exchange(), parts.limits(), parts.guestTokenTtl()))
                .register(new GamesRoutes(parts.games(), parts.computer().map(ComputerApi::challenge), parts.exchange(), parts.auth(),
                        parts.limits(), parts.metrics()))
                .register(new MoveValidationRoutes(parts.games().validate(), parts.exchange(), parts.auth(), parts.limits()))
                .register(new HealthRoutes(parts.ready(), parts.exchange()))
                .register(new MetricsRoutes(parts.registry(), parts.metricsToken()));
        parts.ratings().ifPresent(ratings -> {
            ServiceAuthentication services = new ServiceAuthentication(parts.auth(), ratings.tokens());
            routing.register(new RatingsRoutes(ratings, parts.exchange(), parts.auth(), parts.limits()))
                    .register(new LegacyResultsRoutes(ratings, parts.exchange(), services))
                    .register(new BackfillAdminRoutes(ratings, parts.exchange(), services));
        });
        parts.computer().ifPresent(computer -> routing
                .register(new AnalysisRoutes(computer.analysis(), parts.exchange(), parts.auth(), parts.limits())));
        parts.matchmaking().ifPresent(matchmaking -> routing
                .register(new MatchmakingQueueRoutes(matchmaking, parts.exchange(), parts.auth(), parts.limits(), parts.metrics())));
        parts.history().ifPresent(history -> routing.register(new PlayerGamesRoutes(history, parts.exchange(), parts.auth(), parts.limits())));
    }
}
