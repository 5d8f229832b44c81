package org.rookery.adapters.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Counts every HTTP request by method and status and records its latency. Thread-safe. */
public final class RequestMetricsFilter implements Filter {
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
            metrics.request(req.prologue().method().text(), res.status().code(), System.nanoTime() - start);
        }
    }
}
