package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.MetricsScrape;
import org.rookery.adapters.kafka.PoisonEventException;
import org.rookery.runtime.allinone.AllInOne;
import org.rookery.runtime.allinone.ConfigKeys;
import org.rookery.runtime.allinone.Configuration;
import org.rookery.runtime.allinone.RunningPlatform;

/**
 * The metrics the dashboards and the rules of docs/ops query are really exported: the all-in-one
 * runtime is started, a game is played over REST and over a WebSocket (with a reconnect), and its
 * {@code /metrics} is scraped; the Kafka consumer's metrics, which the all-in-one does not run yet,
 * and the bots' and engines', come from their binders on a registry of their own. Every name a query reads must be in one of
 * the two scrapes, or be recorded by the rules, or be Prometheus's own ({@code up}, {@code ALERTS}).
 */
class OpsMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RunningPlatform platform;
    private static MetricsScrape duringGame;
    private static MetricsScrape afterGame;

    @BeforeAll
    static void play_a_game_over_rest_and_websocket_then_scrape() throws Exception {
        platform = AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.METRICS_TOKEN, "m")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String alice = token(), bob = token();
        String gameId = json(call("POST", "/v1/games", alice, "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"white\"}"))
                .get("gameId").asText();
        call("POST", "/v1/games/" + gameId + "/join", bob, null);
        assertThat(call("POST", "/v1/games/" + gameId + "/moves", alice, "{\"uci\":\"e2e4\",\"moveId\":\"a1\",\"ply\":0}").statusCode()).isEqualTo(200);
        Socket black = Socket.open(gameId, bob);
        black.next("snapshot");
        black.send("{\"type\":\"move\",\"uci\":\"e7e5\",\"moveId\":\"b1\",\"ply\":1}");
        black.nextOfType("ack");
        black.send("{\"type\":\"resume\",\"lastSeq\":2}");
        black.send("{\"type\":\"ping\"}");
        black.nextOfType("pong");
        call("GET", "/v1/leaderboards/blitz-rated", null, null);
        call("POST", "/v1/matchmaking/queue", alice, "{\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"rated\":true}");
        duringGame = scrape();
        black.close();
        call("POST", "/v1/games/" + gameId + "/resign", bob, null);
        afterGame = scrape();
    }

    @AfterAll
    static void stop() {
        if (platform != null) platform.close();
    }

    @Test
    void the_scorecard_metrics_are_exported_under_their_names_with_what_was_played() {
        assertThat(duringGame.value("live_game_active_games")).isEqualTo(1);
        assertThat(afterGame.value("live_game_active_games")).isZero();
        assertThat(duringGame.value("live_game_websocket_connections")).isEqualTo(1);
        assertThat(duringGame.value("live_game_websocket_reconnects_total")).isEqualTo(1);
        assertThat(afterGame.value("live_game_moves_total{outcome=\"accepted\",transport=\"rest\"}")).isEqualTo(1);
        assertThat(afterGame.value("live_game_moves_total{outcome=\"accepted\",transport=\"websocket\"}")).isEqualTo(1);
        assertThat(afterGame.value("live_game_move_latency_seconds_count{transport=\"rest\"}")).isEqualTo(1);
        assertThat(afterGame.value("live_game_move_latency_seconds_count{transport=\"websocket\"}")).isEqualTo(1);
        assertThat(afterGame.value("rookery_circuit_breaker_state{breaker=\"match-game-creation\",state=\"closed\"}")).isEqualTo(1);
        assertThat(afterGame.names()).contains("rookery_relay_lag_seconds", "rookery_relay_events_total", "process_cpu_seconds_total",
                "jvm_memory_used_bytes");
    }

    @Test
    void every_metric_a_dashboard_or_rule_queries_is_exported_by_a_running_platform() throws Exception {
        Set<String> exported = new TreeSet<>(afterGame.names());
        exported.addAll(binderNames());
        Map<String, String> rules = OpsFiles.rules();
        Set<String> recorded = rules.keySet().stream().filter(n -> n.contains(":")).collect(java.util.stream.Collectors.toSet());
        Set<String> prometheusOwn = Set.of("up", "ALERTS");
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        rules.forEach((name, expr) -> queries.put("rule " + name, expr));
        for (Path board : OpsFiles.dashboards()) {
            int i = 0;
            for (String expr : OpsFiles.queries(board)) queries.put(board.getFileName() + " query " + i++, expr);
        }
        assertThat(OpsFiles.dashboards()).hasSizeGreaterThanOrEqualTo(2);
        Set<String> used = new TreeSet<>();
        java.util.List<String> unexported = new java.util.ArrayList<>();
        queries.forEach((where, expr) -> {
            Set<String> names = OpsFiles.metricNames(expr);
            assertThat(names).as(where + " reads some metric: " + expr).isNotEmpty();
            for (String name : names) {
                if (!exported.contains(name) && !recorded.contains(name) && !prometheusOwn.contains(name)) unexported.add(where + ": " + name);
            }
            used.addAll(names);
        });
        assertThat(unexported).as("queries of metrics nothing exports").isEmpty();
        assertThat(used).contains("live_game_active_games", "live_game_moves_total", "live_game_move_latency_seconds_bucket",
                "live_game_websocket_connections", "live_game_websocket_reconnects_total", "rookery_kafka_consumer_lag");
    }

    @Test
    void the_name_reader_skips_functions_labels_ranges_and_groupings() {
        assertThat(OpsFiles.metricNames("histogram_quantile(0.95, sum by (route, le) (rate(a_bucket{route=~\"/v1/x|y\",le!=\"1\"}[5m]))) > 14.4 * 0.001 and on (x) b"))
                .containsExactlyInAnyOrder("a_bucket", "b");
        assertThat(OpsFiles.metricNames("(sum(rate(c_total{outcome=~\"busy\"}[1d])) or vector(0)) / sum(rate(c_total[1d]))")).containsExactly("c_total");
    }

    /** The names the Kafka binder exports once each of its reports has been made (the all-in-one does not run Kafka by default; bots and engines it runs). */
    private static Set<String> binderNames() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        PrometheusKafkaMetrics kafka = new PrometheusKafkaMetrics(registry);
        kafka.published("game-events", 3);
        kafka.publishFailed(1, new RuntimeException("down"));
        kafka.deadLettered("game-events", PoisonEventException.Reason.UNPARSEABLE);
        kafka.handlerFailed("game-events", 0, 1, new RuntimeException("down"));
        kafka.consumerLag("ratings", "game-events", 0, 5);
        var out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return new MetricsScrape(out.toString(StandardCharsets.UTF_8)).names();
    }

    private static MetricsScrape scrape() throws Exception {
        HttpResponse<String> r = call("GET", "/metrics", "m", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return new MetricsScrape(r.body());
    }

    private static String token() throws Exception {
        return json(call("POST", "/v1/auth/guest", null, null)).get("token").asText();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json");
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JDK WebSocket to a game that queues its frames. */
    static final class Socket implements WebSocket.Listener {
        private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        private Socket(URI uri) {
            socket = CLIENT.newWebSocketBuilder().buildAsync(uri, this).orTimeout(10, TimeUnit.SECONDS).join();
        }

        static Socket open(String gameId, String token) {
            return new Socket(URI.create("ws://127.0.0.1:" + platform.port() + "/ws/games/" + gameId + "?token=" + token));
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        void send(String text) {
            socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
        }

        JsonNode next(String type) throws InterruptedException {
            JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
            assertThat(frame).as("a " + type + " frame").isNotNull();
            assertThat(frame.get("type").asText()).isEqualTo(type);
            return frame;
        }

        JsonNode nextOfType(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                JsonNode frame = frames.poll(1, TimeUnit.SECONDS);
                if (frame != null && frame.get("type").asText().equals(type)) return frame;
            }
            throw new AssertionError("no " + type + " frame within 10 s");
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
