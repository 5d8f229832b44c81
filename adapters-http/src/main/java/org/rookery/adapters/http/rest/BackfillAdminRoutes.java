package org.rookery.adapters.http.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.rookery.adapters.http.auth.ServiceAuthentication;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.json.RatingRequests.BackfillBody;
import org.rookery.adapters.http.json.RatingWireFormat;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.ports.in.BackfillProgress;
import org.rookery.ports.in.BackfillRequest;
import org.rookery.ports.in.answer.BackfillStart;

/**
 * The operators' rating backfill, behind the admin token: {@code POST /v1/admin/ratings/backfill}
 * starts one (202), and {@code GET} on the same path follows the running or last one. One runs at
 * a time; asking again for the backfill that is running answers it (200) instead of starting
 * another, so a retried request is harmless; asking for a different one meanwhile is 409
 * {@code backfill_running}. Thread-safe.
 */
final class BackfillAdminRoutes implements HttpService {
    static final String PATH = "/v1/admin/ratings/backfill";
    private final RatingApi ratings;
    private final JsonExchange exchange;
    private final ServiceAuthentication services;

    BackfillAdminRoutes(RatingApi ratings, JsonExchange exchange, ServiceAuthentication services) {
        this.ratings = ratings;
        this.exchange = exchange;
        this.services = services;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::start).get(PATH, this::progress);
    }

    private void start(ServerRequest req, ServerResponse res) {
        services.requireAdmin(req);
        BackfillRequest request = exchange.read(req, BackfillBody.class).toRequest();
        res.header(HeaderNames.LOCATION, PATH);
        switch (ratings.backfill().start(request)) {
            case BackfillStart.Started(BackfillProgress progress) -> exchange.send(res, 202, RatingWireFormat.backfill(progress));
            case BackfillStart.AlreadyRunning(BackfillProgress running) -> {
                if (!running.request().equals(request)) {
                    throw new ApiProblemException(409, "backfill_running", "another backfill (" + RatingWireFormat.backfill(running).mode()
                            + ") is running; follow it at GET " + PATH + " and start this one when it ends");
                }
                exchange.send(res, 200, RatingWireFormat.backfill(running));
            }
        }
    }

    private void progress(ServerRequest req, ServerResponse res) {
        services.requireAdmin(req);
        BackfillProgress progress = ratings.backfill().progress()
                .orElseThrow(() -> new ApiProblemException(404, "backfill_not_found", "no backfill has run since the service started"));
        exchange.send(res, 200, RatingWireFormat.backfill(progress));
    }
}
