package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.rookery.adapters.http.auth.ServiceAuthentication;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.json.RatingRequests.LegacyResultBody;
import org.rookery.adapters.http.json.RatingWireFormat;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.ports.in.LegacyGameResult;
import org.rookery.ports.in.answer.LegacyResultAnswer;
import org.rookery.ports.in.answer.ResultRecording;

/**
 * {@code POST /v1/game-results}, the legacy way results arrive during the migration to events:
 * for the old game server only (the results token, or the admin token), through the same
 * exactly-once path as the event consumer. From the configured retirement date on it answers
 * 410 {@code gone} whatever the body. Thread-safe.
 */
final class LegacyResultsRoutes implements HttpService {
    private final RatingApi ratings;
    private final JsonExchange exchange;
    private final ServiceAuthentication services;

    LegacyResultsRoutes(RatingApi ratings, JsonExchange exchange, ServiceAuthentication services) {
        this.ratings = ratings;
        this.exchange = exchange;
        this.services = services;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/game-results", this::submit);
    }

    private void submit(ServerRequest req, ServerResponse res) {
        services.requireResultsCaller(req);
        LegacyGameResult result;
        try {
            result = exchange.read(req, LegacyResultBody.class).toResult();
        } catch (ApiProblemException badBody) {
            // the service decides on retirement before looking at the body, and so does the route
            if (ratings.legacyResults().submit(null) instanceof LegacyResultAnswer.Gone gone) throw gone(gone);
            throw badBody;
        }
        switch (ratings.legacyResults().submit(result)) {
            case LegacyResultAnswer.Recorded(ResultRecording recording) ->
                    exchange.send(res, recording instanceof ResultRecording.Deferred ? 202 : 200, RatingWireFormat.recording(recording));
            case LegacyResultAnswer.Gone gone -> throw gone(gone);
            case LegacyResultAnswer.Invalid(String message) -> throw ApiProblemException.badRequest(message);
        }
    }

    private static ApiProblemException gone(LegacyResultAnswer.Gone gone) {
        return new ApiProblemException(410, "gone", "POST /v1/game-results was retired at " + gone.since()
                + "; results are taken from game events only");
    }
}
