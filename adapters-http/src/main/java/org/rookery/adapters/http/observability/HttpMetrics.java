package org.rookery.adapters.http.observability;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Set;
import io.opentelemetry.api.OpenTelemetry;
import org.rookery.ports.in.LimitedAction;

/**
 * The HTTP adapter's Prometheus metrics: requests by route template, method and status class with
 * their latency, game commands (through its {@link CommandObserver}), open WebSocket connections and their reconnects, SSE
 * streams, frames in and out, rate-limit refusals, abuse seen and slow consumers cut off. Every
 * label takes its values from a closed set — route templates the code registers (anything else is
 * {@code unmatched}), the standard HTTP methods (anything else counts as {@code OTHER}), status
 * classes, command names and outcome codes the code defines, {@link LimitedAction} keys — never
 * from what a client sends, so no client can grow the registry. Thread-safe.
 */
public final class HttpMetrics {
    /** The label of a method that is not one of RFC 9110's (plus PATCH). */
    public static final String OTHER_METHOD = "OTHER";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private final Counter requests;
    private final Histogram latency;
    private final CommandObserver commands;
    private final Gauge sockets;
    private final Gauge streams;
    private final Counter framesIn;
    private final Counter framesOut;
    private final Counter limited;
    private final Counter overflows;
    private final Counter reconnects;
    private final Counter abuse;

    /** Without traces. */
    public HttpMetrics(PrometheusRegistry registry) {
        this(registry, OpenTelemetry.noop());
    }

    /** Game commands are traced through {@code telemetry}. */
    public HttpMetrics(PrometheusRegistry registry, OpenTelemetry telemetry) {
        commands = new CommandObserver(telemetry, registry);
        requests = Counter.builder().withoutExemplars().name("rookery_http_requests_total").help("HTTP requests answered, by route template, method and status class")
                .labelNames("route", "method", "status").register(registry);
        latency = Histogram.builder().withoutExemplars().name("rookery_http_request_duration_seconds").help("HTTP request latency by route template and method")
                .labelNames("route", "method").classicUpperBounds(MoveMetrics.LATENCY_BUCKETS).classicOnly().register(registry);
        sockets = Gauge.builder().name("live_game_websocket_connections").help("open WebSocket connections").register(registry);
        reconnects = Counter.builder().withoutExemplars().name("live_game_websocket_reconnects_total")
                .help("WebSocket connections that resumed a stream (a 'resume' frame: a client back after a drop)").register(registry);
        abuse = Counter.builder().withoutExemplars().name("rookery_abuse_total").help("abusive requests seen (rate-limit refusals, bad tokens, frame floods)")
                .labelNames("kind").register(registry);
        // Every series of a closed label set exists from the start: rate() and alerts see zeros, not gaps.
        for (Abuse kind : Abuse.values()) abuse.labelValues(kind.label());
        streams = Gauge.builder().name("rookery_sse_streams").help("open SSE streams").register(registry);
        framesIn = Counter.builder().withoutExemplars().name("rookery_websocket_frames_received_total").help("WebSocket text frames received").register(registry);
        framesOut = Counter.builder().withoutExemplars().name("rookery_websocket_frames_sent_total").help("WebSocket text frames sent").register(registry);
        limited = Counter.builder().withoutExemplars().name("rookery_rate_limited_total").help("requests refused by a rate limit")
                .labelNames("action").register(registry);
        overflows = Counter.builder().withoutExemplars().name("rookery_slow_consumers_total").help("streams cut off for falling too far behind")
                .labelNames("transport").register(registry);
        for (LimitedAction action : LimitedAction.values()) limited.labelValues(action.key());
        for (String transport : new String[] {"websocket", "sse"}) overflows.labelValues(transport);
    }

    /**
     * Counts an answered request: {@code route} is a registered template or {@link RouteTemplates#UNMATCHED},
     * the method one of the standard methods or {@code OTHER}, the status its class ({@code 2xx} … {@code 5xx}).
     */
    public void request(String route, String method, int status, long nanos) {
        String methodLabel = methodLabel(method);
        requests.labelValues(route, methodLabel, statusClass(status)).inc();
        latency.labelValues(route, methodLabel).observe(nanos / 1e9);
    }

    /** {@code 1xx} … {@code 5xx}, or {@code other} outside 100–599. */
    static String statusClass(int status) {
        return status >= 100 && status <= 599 ? (status / 100) + "xx" : "other";
    }

    /** Where REST routes and WebSocket connections run game commands: counted, timed (moves) and traced. */
    public CommandObserver commands() {
        return commands;
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

    /** A connection resumed its stream: counted once per connection. */
    public void reconnected() {
        reconnects.inc();
    }

    /** An abusive request of a kind the code names. */
    public void abuse(Abuse kind) {
        abuse.labelValues(kind.label()).inc();
    }

    public void frameReceived() {
        framesIn.inc();
    }

    public void frameSent() {
        framesOut.inc();
    }

    public void rateLimited(LimitedAction action) {
        limited.labelValues(action.key()).inc();
    }

    /** {@code transport} is {@code "websocket"} or {@code "sse"}. */
    public void slowConsumer(String transport) {
        overflows.labelValues(transport).inc();
    }

    /** The method itself if it is a standard one (compared exactly: methods are case-sensitive), else {@code OTHER}. */
    static String methodLabel(String method) {
        return METHODS.contains(method) ? method : OTHER_METHOD;
    }
}
