package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.json.MatchmakingRequests.JoinQueueBody;
import org.rookery.adapters.http.json.MatchmakingWireFormat;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.answer.JoinAnswer;

/**
 * The matchmaking queue: {@code POST /v1/matchmaking/queue} joins (one entry per player across
 * pools: joining another pool switches), {@code DELETE} leaves at once, and
 * {@code GET /v1/matchmaking/stats} shows the counters. Refused joins are problems with
 * {@code Retry-After}: 429 {@code rate_limited} (one join per player per join interval, counted as
 * a rate-limit hit), 503 {@code queue_full}, 409 {@code match_pending}. Thread-safe.
 */
final class MatchmakingQueueRoutes implements HttpService {
    private final MatchmakingApi matchmaking;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;
    private final HttpMetrics metrics;

    MatchmakingQueueRoutes(MatchmakingApi matchmaking, JsonExchange exchange, BearerAuthentication auth, RateLimits limits,
            HttpMetrics metrics) {
        this.matchmaking = matchmaking;
        this.exchange = exchange;
        this.auth = auth;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/matchmaking/queue", this::join)
                .delete("/v1/matchmaking/queue", this::leave)
                .get("/v1/matchmaking/stats", this::stats);
    }

    private void stats(ServerRequest req, ServerResponse res) {
        auth.user(req, false);
        exchange.send(res, 200, MatchmakingWireFormat.stats(matchmaking.stats().stats()));
    }

    private void join(ServerRequest req, ServerResponse res) {
        String user = auth.requireUser(req);
        JoinRequest request = exchange.read(req, JoinQueueBody.class).toRequest(user);
        limits.check(LimitedAction.JOIN_QUEUE, user, JsonExchange.clientIp(req));
        switch (matchmaking.join().join(request)) {
            case JoinAnswer.Waiting(var outcome) -> exchange.send(res, 200, MatchmakingWireFormat.queue(outcome));
            case JoinAnswer.Rejected(var reason, var retryAfter) -> throw switch (reason) {
                case RATE_LIMITED -> {
                    metrics.rateLimited(LimitedAction.JOIN_QUEUE);
                    yield new ApiProblemException(429, "rate_limited", "one join per player per join interval; retry in "
                            + Math.max(1, retryAfter.toMillis()) + " ms", retryAfter);
                }
                case QUEUE_FULL -> new ApiProblemException(503, "queue_full", "the matchmaking queue is full; try again shortly", retryAfter);
                case MATCH_PENDING -> new ApiProblemException(409, "match_pending",
                        "your last match is still waiting for its game; watch /v1/matchmaking/events", retryAfter);
            };
        }
    }

    private void leave(ServerRequest req, ServerResponse res) {
        String user = auth.requireUser(req);
        exchange.send(res, 200, new MatchmakingWireFormat.LeaveJson(matchmaking.leave().leave(user)));
    }
}
