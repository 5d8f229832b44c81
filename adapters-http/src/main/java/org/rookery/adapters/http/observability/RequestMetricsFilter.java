package org.rookery.adapters.http.observability;

import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Counts every answered HTTP request by route template, method and status class, records its latency, and writes an
 * access-log line with the request id (logger {@code org.rookery.adapters.http.observability.RequestMetricsFilter}
 * at DEBUG/FINE). A request whose client went away before it was answered is not counted: no
 * status was sent. Thread-safe.
 */
public final class RequestMetricsFilter implements Filter {
    private static final System.Logger ACCESS = System.getLogger(RequestMetricsFilter.class.getName());
    private final HttpMetrics metrics;

    public RequestMetricsFilter(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        boolean clientGone = false;
        try {
            chain.proceed(); // the routes' errors are answered inside: the response carries their status here
        } catch (CloseConnectionException e) {
            clientGone = true; // Helidon closes the connection quietly; no status was sent, so none is counted
            throw e;
        } finally {
            if (!clientGone) record(req, res, System.nanoTime() - start);
        }
    }

    private void record(RoutingRequest req, RoutingResponse res, long nanos) {
        String method = req.prologue().method().text();
        metrics.request(RouteTemplates.of(req), method, res.status().code(), nanos);
        if (ACCESS.isLoggable(System.Logger.Level.DEBUG)) {
            ACCESS.log(System.Logger.Level.DEBUG, RequestIdFilter.of(req).value() + " " + HttpMetrics.methodLabel(method) + " "
                    + req.path().path() + " " + res.status().code() + " " + nanos / 1_000 + " us");
        }
    }
}
