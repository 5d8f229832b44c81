package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.ComputerWireFormat;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.problem.Rejections;
import org.rookery.ports.in.AnalysisQuery;
import org.rookery.ports.in.AnalyzePositionUseCase;
import org.rookery.ports.in.InvalidAnalysisQueryException;
import org.rookery.ports.in.LimitedAction;

/**
 * {@code POST /v1/analysis}: an engine's analysis of a position (score, best move and principal
 * variation in UCI and SAN, depth), by asking {@link AnalyzePositionUseCase}. Open to anyone (a
 * token that is present must be valid), rate limited as {@code analyze}; a full engine queue, a
 * timeout or no engine become 503 problems in {@code ProblemResponses}. Thread-safe.
 */
final class AnalysisRoutes implements HttpService {
    /** The body: the position and how far to search (depth, move time, or both). */
    record AnalysisBody(String fen, Integer depth, Long movetimeMs) {
        AnalysisQuery toQuery() {
            if (fen == null) throw ApiProblemException.badRequest("field 'fen' is required");
            if (depth == null && movetimeMs == null) throw ApiProblemException.badRequest("field 'depth' or 'movetimeMs' is required");
            if (depth != null && depth < 1) throw ApiProblemException.badRequest("field 'depth' must be between 1 and " + AnalysisQuery.MAX_DEPTH);
            if (movetimeMs != null && movetimeMs < 1) {
                throw ApiProblemException.badRequest("field 'movetimeMs' must be between 1 and " + AnalysisQuery.MAX_MOVETIME_MS);
            }
            try {
                return new AnalysisQuery(fen, depth == null ? 0 : depth, movetimeMs == null ? 0 : movetimeMs);
            } catch (InvalidAnalysisQueryException e) {
                throw ApiProblemException.badRequest("field '" + e.field() + "': " + e.getMessage());
            }
        }
    }

    private final AnalyzePositionUseCase analysis;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;

    AnalysisRoutes(AnalyzePositionUseCase analysis, JsonExchange exchange, BearerAuthentication auth, RateLimits limits) {
        this.analysis = analysis;
        this.exchange = exchange;
        this.auth = auth;
        this.limits = limits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/analysis", this::analyze);
    }

    private void analyze(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, false).orElse(null);
        AnalysisBody body = exchange.read(req, AnalysisBody.class);
        limits.check(LimitedAction.ANALYZE, user, JsonExchange.clientIp(req));
        AnalysisQuery query = body.toQuery();
        exchange.send(res, 200, ComputerWireFormat.analysis(Rejections.orThrow(analysis.analyze(query))));
    }
}
