package org.rookery.adapters.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentService;
import io.helidon.webserver.websocket.WsConfig;

/**
 * The whole HTTP face of Rookery on Helidon SE: REST routes, SSE, WebSocket, health, metrics,
 * OpenAPI and the browser page, with one error mapping. {@link #routing} is what production and
 * tests both route through; {@link #configure} sets up a server builder; {@link #start} runs one.
 * Thread-safe; {@link #close()} stops background work (keep-alive pings).
 */
public final class HttpApi implements AutoCloseable {
    /** Frames above this are cut off by Helidon itself (close 1009); below it, oversize frames get an error frame. */
    private static final int HARD_FRAME_LIMIT = 64 * 1024;
    private final HttpApiParts parts;
    private final Json json = new Json();
    private final HttpMetrics metrics;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;
    private final ProblemResponses problems;
    private final GameSocketEndpoint sockets;

    public HttpApi(HttpApiParts parts) {
        this.parts = parts;
        HttpSettings settings = parts.settings();
        this.metrics = new HttpMetrics(parts.registry());
        this.exchange = new JsonExchange(json, settings.maxBodyBytes());
        this.auth = new BearerAuthentication(new JwtTokens(parts.tokenSecret(), parts.time()));
        this.limits = new RateLimits(parts.rateLimiter(), settings.rateLimits(), metrics);
        this.problems = new ProblemResponses(json);
        this.sockets = new GameSocketEndpoint(parts.games(), json, auth, limits, metrics, settings);
    }

    /** Every HTTP route, filter and error handler. */
    public void routing(HttpRouting.Builder routing) {
        HttpSettings settings = parts.settings();
        routing.addFilter(new RequestIdFilter())
                .addFilter(new RequestMetricsFilter(metrics))
                .register(new AuthService(auth.tokens(), exchange, limits, settings.guestTokenTtl()))
                .register(new GamesService(parts.games(), exchange, auth, limits, metrics))
                .register(new MoveValidationService(parts.games(), exchange, auth, limits))
                .register(new GameEventStreamService(parts.games(), json, auth, metrics, settings.socketQueueCapacity()))
                .register(new HealthService(parts.ready(), exchange))
                .register(new MetricsService(parts.registry(), settings.metricsToken()))
                .register(new OpenApiService());
        RatingAndMatchmakingRoutes.register(routing, parts, exchange, auth, limits, metrics);
        routing.register("/", StaticContentService.builder("web").welcomeFileName("index.html").build());
        problems.register(routing);
    }

    /** Sets up a server builder: address, limits, error pages, HTTP and WebSocket routing. */
    public WebServerConfig.Builder configure(WebServerConfig.Builder server) {
        HttpSettings settings = parts.settings();
        return server.host(settings.host())
                .port(settings.port())
                .shutdownHook(false)
                // The routes refuse a body over maxBodyBytes themselves, reading the rest of it so the 413 reaches
                // the client on a connection that stays open (JsonExchange); Helidon's own limit, which answers 413 and
                // closes at once, unread body and all, is only the hard cap on what a refused body may make us read.
                .maxPayloadSize(settings.maxBodyBytes() + JsonExchange.MAX_DISCARDED_BYTES)
                .directHandlers(problems.directHandlers())
                .addProtocol(WsConfig.builder().maxFrameLength(HARD_FRAME_LIMIT).build())
                .routing(this::routing)
                .addRouting(sockets.routing());
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
    }
}
