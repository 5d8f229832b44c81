package org.rookery.adapters.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Counts every HTTP request by method and status, records its latency, and writes an access-log
 * line with the request id (logger {@code org.rookery.adapters.http.RequestMetricsFilter} at
 * DEBUG/FINE). Thread-safe.
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
        try {
            chain.proceed();
        } finally {
            long nanos = System.nanoTime() - start;
            metrics.request(req.prologue().method().text(), res.status().code(), nanos);
            if (ACCESS.isLoggable(System.Logger.Level.DEBUG)) {
                ACCESS.log(System.Logger.Level.DEBUG, RequestIdFilter.of(req).value() + " " + req.prologue().method().text() + " "
                        + req.path().path() + " " + res.status().code() + " " + nanos / 1_000 + " us");
            }
        }
    }
}
