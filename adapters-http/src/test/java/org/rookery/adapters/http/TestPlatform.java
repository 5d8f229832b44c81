package org.rookery.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.rookery.adapters.http.usecase.ComputerApi;
import org.rookery.adapters.http.usecase.HistoryApi;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.adapters.memory.InMemoryBotOpponents;
import org.rookery.adapters.memory.InMemoryGameArchive;
import org.rookery.adapters.memory.InMemoryPositionAnalyst;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryRateLimiter;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.application.admission.RateLimitService;
import org.rookery.application.analysis.PositionAnalysisService;
import org.rookery.application.bot.BotChallengeService;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.history.HistoryServices;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.application.validation.MoveValidationService;
import org.rookery.ports.out.GameArchive;
import org.rookery.ports.out.TimeSource;
import org.rookery.ports.out.engine.PositionAnalyst;

/**
 * The HTTP adapter on a real Helidon server (any free port) over the shared in-memory platform
 * ({@link InMemoryPlatform}: live games on the system clock, ratings and matchmaking run by hand,
 * {@link RankedPlay}), random-move bots and the in-memory engine, with a JDK HTTP client and
 * helpers to call it. A test fixture; close it.
 */
final class TestPlatform implements AutoCloseable {
    static final byte[] SECRET = "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
    static final ObjectMapper JSON = new ObjectMapper();

    final InMemoryPlatform platform;
    final TimeSource time;
    final InMemoryGameEventLog log;
    final LiveGameService service;
    final AtomicBoolean ready = new AtomicBoolean(true);
    final PrometheusRegistry registry = new PrometheusRegistry();
    /** The computer opponents: random legal moves, playing on the live games. */
    final InMemoryBotOpponents bots;
    /** The engine analyses are asked of; a test may swap in one that fails. */
    final AtomicReference<PositionAnalyst> analyst = new AtomicReference<>(new InMemoryPositionAnalyst());
    final RankedPlay ranked;
    /** The history's archive, fed by {@link #archiveFinishedGames()} (the relay's part); it may outlive the platform. */
    final GameArchive archive;
    final HistoryServices history;
    private long fed; // the log position the history has been fed up to
    final HttpApi api;
    WebServer server;
    final URI base;
    final HttpClient client = HttpClient.newHttpClient();

    private TestPlatform(HttpSettings settings, RateLimitPolicy limits, java.util.function.UnaryOperator<LiveGameApi> games,
            RankedPlay.Options options, boolean computer, GameArchive archive) {
        this(settings, limits, games, options, computer, archive, io.opentelemetry.api.OpenTelemetry.noop());
    }

    private TestPlatform(HttpSettings settings, RateLimitPolicy limits, java.util.function.UnaryOperator<LiveGameApi> games,
            RankedPlay.Options options, boolean computer, GameArchive archive, io.opentelemetry.api.OpenTelemetry telemetry) {
        io.prometheus.metrics.instrumentation.jvm.JvmMetrics.builder().register(registry);
        ranked = new RankedPlay(options);
        platform = ranked.configure(InMemoryPlatform.system()).archive(unused -> archive).start();
        ranked.attach(platform);
        time = platform.time;
        log = platform.eventLog;
        service = platform.live;
        this.archive = archive;
        history = platform.history;
        bots = InMemoryBotOpponents.on(service, new SecureRandom());
        LiveGameApi liveGames = LiveGameApi.of(service, new MoveValidationService(service)).withGames(history.lookup());
        HttpApiParts parts = ranked.addTo(new HttpApiParts(games.apply(liveGames),
                new RateLimitService(new InMemoryRateLimiter(time), limits), time, SECRET,
                registry, ready::get, settings.withPort(0))).withHistory(HistoryApi.of(history.queries()));
        PositionAnalyst swappable = request -> analyst.get().analyze(request);
        api = new HttpApi(computer ? parts.withComputer(new ComputerApi(new BotChallengeService(service, service, bots),
                new PositionAnalysisService(swappable, "in-memory", Duration.ofSeconds(5)))) : parts, telemetry);
        server = api.start();
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    static TestPlatform start() {
        return start(HttpSettings.DEFAULTS.withMetricsToken("metrics-secret"));
    }

    static TestPlatform start(HttpSettings settings) {
        return new TestPlatform(settings, RateLimitPolicy.DEFAULTS, api -> api, RankedPlay.Options.DEFAULTS, true, new InMemoryGameArchive());
    }

    /** A platform whose actions are rate limited by {@code limits}. */
    static TestPlatform start(HttpSettings settings, RateLimitPolicy limits) {
        return new TestPlatform(settings, limits, api -> api, RankedPlay.Options.DEFAULTS, true, new InMemoryGameArchive());
    }

    /** A platform whose ratings and matchmaking run with {@code options}. */
    static TestPlatform start(HttpSettings settings, RankedPlay.Options options) {
        return new TestPlatform(settings, RateLimitPolicy.DEFAULTS, api -> api, options, true, new InMemoryGameArchive());
    }

    /** A platform whose use cases are first passed through {@code games} (to plant a failure). */
    static TestPlatform start(HttpSettings settings, java.util.function.UnaryOperator<LiveGameApi> games) {
        return new TestPlatform(settings, RateLimitPolicy.DEFAULTS, games, RankedPlay.Options.DEFAULTS, true, new InMemoryGameArchive());
    }

    /** A platform that serves no computer: no bots, no analysis. */
    static TestPlatform withoutComputer() {
        return new TestPlatform(HttpSettings.DEFAULTS, RateLimitPolicy.DEFAULTS, api -> api, RankedPlay.Options.DEFAULTS, false, new InMemoryGameArchive());
    }

    /** A platform whose history keeps its games in {@code archive}: a new process (an empty log) on a durable archive. */
    static TestPlatform onArchive(GameArchive archive) {
        return new TestPlatform(HttpSettings.DEFAULTS, RateLimitPolicy.DEFAULTS, api -> api, RankedPlay.Options.DEFAULTS, true, archive);
    }

    /** Hands the history every event logged since the last call, in the log's order, as the relay would; returns how many. */
    int archiveFinishedGames() {
        int n = 0;
        for (var batch = log.readAll(fed, 1_000); !batch.isEmpty(); batch = log.readAll(fed, 1_000)) {
            for (var logged : batch) {
                history.recorder().record(logged.event());
                fed = logged.position();
                n++;
            }
        }
        return n;
    }

    /** A platform that traces its requests and commands through {@code telemetry}. */
    static TestPlatform traced(HttpSettings settings, io.opentelemetry.api.OpenTelemetry telemetry) {
        return new TestPlatform(settings, RateLimitPolicy.UNLIMITED, api -> api, RankedPlay.Options.DEFAULTS, true, new InMemoryGameArchive(), telemetry);
    }

    /** A guest's user id and token. */
    record Guest(String userId, String token) {}

    Guest guest() {
        JsonNode body = json(send(request("/v1/auth/guest", null).POST(HttpRequest.BodyPublishers.noBody())));
        return new Guest(body.get("userId").asText(), body.get("token").asText());
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    HttpResponse<String> post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /** A game White (the first guest) created and Black joined; returns its id. */
    String startedGame(Guest white, Guest black, long initialMs, long incrementMs) {
        HttpResponse<String> created = post("/v1/games", white.token(),
                "{\"timeControl\":{\"initialMs\":" + initialMs + ",\"incrementMs\":" + incrementMs + "},\"color\":\"white\"}");
        if (created.statusCode() != 201) throw new AssertionError("create failed: " + created.body());
        String gameId = json(created).get("gameId").asText();
        HttpResponse<String> joined = post("/v1/games/" + gameId + "/join", black.token(), null);
        if (joined.statusCode() != 200) throw new AssertionError("join failed: " + joined.body());
        return gameId;
    }

    HttpResponse<String> move(String gameId, Guest player, String uci, int ply, String moveId) {
        return post("/v1/games/" + gameId + "/moves", player.token(),
                "{\"uci\":\"" + uci + "\",\"moveId\":\"" + moveId + "\",\"ply\":" + ply + "}");
    }

    /** Stops serving (every connection drops) while the games stay in memory. */
    void goDown() {
        server.stop();
    }

    /** Serves the same games again on the same port. */
    void comeBack() {
        server = api.configure(WebServer.builder()).port(base.getPort()).build().start();
    }

    @Override
    public void close() {
        server.stop();
        api.close();
        bots.close();
        platform.close();
    }
}
