package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.rookery.adapters.http.json.JsonExchange;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (200 once the runtime says
 * it can serve, 503 before that and while it shuts down). Thread-safe.
 */
final class HealthRoutes implements HttpService {
    private final BooleanSupplier ready;
    private final JsonExchange exchange;

    HealthRoutes(BooleanSupplier ready, JsonExchange exchange) {
        this.ready = ready;
        this.exchange = exchange;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/health/live", (req, res) -> exchange.send(res, 200, Map.of("status", "UP")))
                .get("/health/ready", (req, res) -> {
                    boolean up = ready.getAsBoolean();
                    exchange.send(res, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
                });
    }
}
