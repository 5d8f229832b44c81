package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.json.RatingPools;
import org.rookery.adapters.http.json.RatingWireFormat;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.InvalidLeaderboardQueryException;
import org.rookery.ports.in.LeaderboardQuery;
import org.rookery.ports.in.LimitedAction;

/**
 * The rating reads, open to everyone (a token, if sent, must be valid) and limited per IP:
 * {@code GET /v1/leaderboards/{pool}?offset=&limit=} (a page of the pool's board, 50 rows unless
 * asked otherwise) and {@code GET /v1/ratings/{userId}} (the user's standing in every pool played).
 * Thread-safe.
 */
final class RatingsRoutes implements HttpService {
    static final int DEFAULT_LIMIT = 50;
    private final RatingApi ratings;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;

    RatingsRoutes(RatingApi ratings, JsonExchange exchange, BearerAuthentication auth, RateLimits limits) {
        this.ratings = ratings;
        this.exchange = exchange;
        this.auth = auth;
        this.limits = limits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/v1/leaderboards/{pool}", this::leaderboard).get("/v1/ratings/{userId}", this::standings);
    }

    private void leaderboard(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, false).orElse(null);
        RatingPool pool = RatingPools.require(req.path().pathParameters().get("pool"));
        LeaderboardQuery query = query(pool, QueryParameters.number(req, "offset", 0), QueryParameters.number(req, "limit", DEFAULT_LIMIT));
        limits.check(LimitedAction.READ_RATINGS, user, JsonExchange.clientIp(req));
        exchange.send(res, 200, RatingWireFormat.leaderboard(ratings.leaderboards().leaderboard(query), query.limit()));
    }

    private void standings(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, false).orElse(null);
        String userId = req.path().pathParameters().get("userId");
        if (userId.isBlank() || userId.length() > 128) {
            throw ApiProblemException.badRequest("a user id has 1 to 128 characters and is not blank");
        }
        limits.check(LimitedAction.READ_RATINGS, user, JsonExchange.clientIp(req));
        exchange.send(res, 200, RatingWireFormat.ratings(ratings.ratings().ratingsOf(userId)));
    }

    private static LeaderboardQuery query(RatingPool pool, long offset, long limit) {
        if (limit < 1 || limit > LeaderboardQuery.MAX_LIMIT) {
            throw ApiProblemException.badRequest("query parameter 'limit' must be between 1 and " + LeaderboardQuery.MAX_LIMIT + ", got " + limit);
        }
        try {
            return new LeaderboardQuery(pool, offset, (int) limit);
        } catch (InvalidLeaderboardQueryException e) {
            throw ApiProblemException.badRequest("query parameter '" + e.field() + "' is invalid: " + e.getMessage());
        }
    }
}
