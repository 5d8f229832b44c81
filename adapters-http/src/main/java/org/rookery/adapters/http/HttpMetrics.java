package org.rookery.adapters.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.rookery.adapters.http.RateLimitSettings.Action;

/**
 * The HTTP adapter's Prometheus metrics: requests by method and status with their latency,
 * commands by outcome, open WebSocket and SSE streams, frames in and out, rate-limit refusals and
 * slow consumers cut off. Thread-safe.
 */
public final class HttpMetrics {
    private final Counter requests;
    private final Histogram latency;
    private final Counter commands;
    private final Gauge sockets;
    private final Gauge streams;
    private final Counter framesIn;
    private final Counter framesOut;
    private final Counter limited;
    private final Counter overflows;

    public HttpMetrics(PrometheusRegistry registry) {
        requests = Counter.builder().name("rookery_http_requests_total").help("HTTP requests answered")
                .labelNames("method", "status").register(registry);
        latency = Histogram.builder().name("rookery_http_request_duration_seconds").help("HTTP request latency")
                .labelNames("method").register(registry);
        commands = Counter.builder().name("rookery_game_commands_total").help("game commands by outcome code")
                .labelNames("command", "outcome").register(registry);
        sockets = Gauge.builder().name("rookery_websocket_connections").help("open WebSocket connections").register(registry);
        streams = Gauge.builder().name("rookery_sse_streams").help("open SSE streams").register(registry);
        framesIn = Counter.builder().name("rookery_websocket_frames_received_total").help("WebSocket text frames received").register(registry);
        framesOut = Counter.builder().name("rookery_websocket_frames_sent_total").help("WebSocket text frames sent").register(registry);
        limited = Counter.builder().name("rookery_rate_limited_total").help("requests refused by a rate limit")
                .labelNames("action").register(registry);
        overflows = Counter.builder().name("rookery_slow_consumers_total").help("streams cut off for falling too far behind")
                .labelNames("transport").register(registry);
    }

    public void request(String method, int status, long nanos) {
        requests.labelValues(method, Integer.toString(status)).inc();
        latency.labelValues(method).observe(nanos / 1e9);
    }

    public void command(String command, String outcome) {
        commands.labelValues(command, outcome).inc();
    }

    public void socketOpened() {
        sockets.inc();
    }

    public void socketClosed() {
        sockets.dec();
    }

    public void streamOpened() {
        streams.inc();
    }

    public void streamClosed() {
        streams.dec();
    }

    public void frameReceived() {
        framesIn.inc();
    }

    public void frameSent() {
        framesOut.inc();
    }

    public void rateLimited(Action action) {
        limited.labelValues(action.key()).inc();
    }

    public void slowConsumer(String transport) {
        overflows.labelValues(transport).inc();
    }
}
