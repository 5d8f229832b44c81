package org.rookery.adapters.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsConfig;
import io.opentelemetry.api.OpenTelemetry;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.JwtTokens;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.observability.AbuseLog;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.observability.RequestIdFilter;
import org.rookery.adapters.http.observability.RequestMetricsFilter;
import org.rookery.adapters.http.observability.RouteTemplates;
import org.rookery.adapters.http.observability.TracingFilter;
import org.rookery.adapters.http.problem.ProblemResponses;
import org.rookery.adapters.http.rest.RestParts;
import org.rookery.adapters.http.rest.RestRoutes;
import org.rookery.adapters.http.sse.StreamRoutes;
import org.rookery.adapters.http.transport.ConnectionGuard;
import org.rookery.adapters.http.web.WebRoutes;
import org.rookery.adapters.http.websocket.GameSocketEndpoint;

/**
 * The whole HTTP face of Rookery on Helidon SE: REST routes, SSE, WebSocket, health, metrics,
 * OpenAPI and the browser page, with one error mapping and the connection limits. {@link #routing}
 * is what production and tests both route through; {@link #configure} sets up a server builder;
 * {@link #start} runs one. Thread-safe; {@link #close()} stops background work (keep-alive pings,
 * the read watchdog).
 */
public final class HttpApi implements AutoCloseable {
    /** Frames above this are cut off by Helidon itself (close 1009); below it, oversize frames get an error frame. */
    private static final int HARD_FRAME_LIMIT = 64 * 1024;
    private final HttpApiParts parts;
    private final Json json = newJson();
    private final HttpMetrics metrics;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;
    private final ProblemResponses problems;
    private final GameSocketEndpoint sockets;
    private final ConnectionGuard connections;
    private final OpenTelemetry telemetry;

    /** Without traces. */
    public HttpApi(HttpApiParts parts) {
        this(parts, OpenTelemetry.noop());
    }

    /** Traces requests and commands through {@code telemetry} (a span per request and per game command). */
    public HttpApi(HttpApiParts parts, OpenTelemetry telemetry) {
        this.parts = parts;
        this.telemetry = telemetry;
        HttpSettings settings = parts.settings();
        this.metrics = new HttpMetrics(parts.registry(), telemetry);
        AbuseLog abuse = new AbuseLog(metrics);
        this.exchange = new JsonExchange(json, settings.maxBodyBytes());
        this.auth = new BearerAuthentication(new JwtTokens(parts.tokenSecret(), settings.tokenIssuer(), parts.time()), abuse);
        this.limits = new RateLimits(parts.admission(), metrics, abuse);
        this.problems = new ProblemResponses(json.mapper());
        this.sockets = new GameSocketEndpoint(parts.games(), json, auth, limits, metrics, settings.socket(), abuse);
        this.connections = new ConnectionGuard(settings.connections());
    }

    /** The JSON codec the API reads and writes with, event envelopes included. */
    public static Json newJson() {
        return new Json();
    }

    /** Every HTTP route, filter and error handler. */
    public void routing(HttpRouting.Builder routing) {
        HttpSettings settings = parts.settings();
        routing.addFilter(new RequestIdFilter()).addFilter(new TracingFilter(telemetry)).addFilter(new RequestMetricsFilter(metrics));
        var rules = RouteTemplates.labelling(routing);
        RestRoutes.register(rules, new RestParts(parts.games(), parts.ratings(), parts.matchmaking(), parts.computer(), parts.history(), exchange, auth, limits, metrics,
                settings.guestTokenTtl(), parts.ready(), parts.registry(), settings.metricsToken()));
        StreamRoutes.register(rules, parts.games(), parts.matchmaking(), json, auth, metrics, settings.socket().queueCapacity());
        WebRoutes.register(rules);
        problems.register(routing);
    }

    /** Sets up a server builder: address, limits, error pages, HTTP and WebSocket routing. */
    public WebServerConfig.Builder configure(WebServerConfig.Builder server) {
        HttpSettings settings = parts.settings();
        server.host(settings.host())
                .port(settings.port())
                .shutdownHook(false)
                // The routes refuse a body over maxBodyBytes themselves, reading the rest of it so the 413 reaches
                // the client on a connection that stays open (JsonExchange); Helidon's own limit, which answers 413 and
                // closes at once, unread body and all, is only the hard cap on what a refused body may make us read.
                .maxPayloadSize(settings.maxBodyBytes() + JsonExchange.MAX_DISCARDED_BYTES)
                .directHandlers(problems.directHandlers())
                .routing(this::routing)
                .addRouting(sockets.routing());
        return connections.configure(server, WsConfig.builder().maxFrameLength(HARD_FRAME_LIMIT).build(), sockets::forget);
    }

    /** Builds and starts a server; the caller stops it (then closes this). */
    public WebServer start() {
        return configure(WebServer.builder()).build().start();
    }

    public GameSocketEndpoint sockets() {
        return sockets;
    }

    public JwtTokens tokens() {
        return auth.tokens();
    }

    @Override
    public void close() {
        sockets.close();
        connections.close();
    }
}
