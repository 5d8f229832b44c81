package org.rookery.runtime.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.uci.EngineCommand;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.engine.SlaTier;

/**
 * Playing the computer on the all-in-one runtime, over HTTP only: with Stockfish a guest's game
 * against a level-1 bot goes on by itself and analyses come from Stockfish; without an engine the
 * bots play random legal moves and analyses answer 503, and the start-up line and the answers say
 * which; the engine processes end with the platform. The Stockfish tests are skipped when it is
 * missing, unless the build demands engines ({@code -Drookery.engines.required=true}).
 */
@Timeout(180)
class ComputerOverHttpTest {
    private static final String MATE_IN_ONE = "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4";
    private static final Duration BOT_WAIT = Duration.ofSeconds(30);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private RunningPlatform platform;
    private PlatformCalls http;

    @AfterEach
    void stop() {
        if (platform != null) platform.close();
    }

    private void start(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of(ConfigKeys.PORT, "0", ConfigKeys.HOST, "127.0.0.1", ConfigKeys.METRICS_TOKEN, "m"));
        all.putAll(settings);
        platform = AllInOne.start(Configuration.of(all), new PrintStream(printed, true, StandardCharsets.UTF_8));
        http = new PlatformCalls(platform.port());
    }

    @Test
    void a_guest_plays_a_level_one_bot_on_stockfish_and_the_game_goes_on_by_itself() {
        requireStockfish();
        start(Map.of());
        assertThat(platform.engine()).isEqualTo("stockfish");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("bots (levels 1-8) and analysis play on stockfish");
        String guest = http.guest();
        HttpResponse<String> created = http.call("POST", "/v1/games", guest,
                "{\"timeControl\":{\"initialMs\":600000,\"incrementMs\":0},\"color\":\"black\",\"opponent\":{\"type\":\"bot\",\"level\":1}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode game = PlatformCalls.parse(created.body());
        assertThat(game.get("status").asText()).isEqualTo("in_progress");
        assertThat(game.get("white").asText()).isEqualTo("bot-1");
        assertThat(game.get("opponent").get("engine").asText()).isEqualTo("stockfish");
        String gameId = game.get("gameId").asText();

        // The bot opens; the guest answers each bot move with a legal move of our rules; the bot goes on by itself.
        for (int ply = 1; ply < 12; ply += 2) {
            JsonNode now = awaitPly(gameId, ply);
            if (!now.get("status").asText().equals("in_progress")) break;
            Position position = Position.fromFen(now.get("fen").asText());
            String reply = Uci.format(position, position.legalMoves()[0]);
            HttpResponse<String> moved = http.call("POST", "/v1/games/" + gameId + "/moves", guest,
                    "{\"uci\":\"" + reply + "\",\"moveId\":\"g" + ply + "\",\"ply\":" + ply + "}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
        String metrics = http.call("GET", "/metrics", "m", null).body();
        assertThat(metric(metrics, "rookery_bot_moves_total{source=\"engine\"}")).isGreaterThanOrEqualTo(4);
        assertThat(metric(metrics, "rookery_bot_moves_total{source=\"random\"}")).isZero();
        assertThat(metric(metrics, "rookery_engine_requests_total{outcome=\"answered\",tier=\"critical\"}")).isGreaterThanOrEqualTo(4);
        assertThat(metric(metrics, "rookery_bot_engine_info{engine=\"stockfish\"}")).isEqualTo(1);
        assertThat(metric(metrics, "rookery_bot_breaker_state{breaker=\"bot-engine\",state=\"closed\"}")).isEqualTo(1);
        assertThat(metrics).contains("rookery_engine_queue_length{tier=\"normal\"}", "rookery_engine_wait_seconds_total{tier=\"critical\"}",
                "rookery_bot_timeouts_total{budget=\"engine\"}");
    }

    @Test
    void stockfish_analyses_a_position_in_uci_and_san_and_its_processes_end_with_the_platform() {
        requireStockfish();
        start(Map.of(ConfigKeys.ENGINE_POOL_SIZE, "2"));
        JsonNode mate = http.json("POST", "/v1/analysis", null, "{\"fen\":\"" + MATE_IN_ONE + "\",\"depth\":8}");
        assertThat(mate.get("engine").asText()).isEqualTo("stockfish");
        assertThat(mate.get("score").get("type").asText()).isEqualTo("mate");
        assertThat(mate.get("score").get("value").asInt()).isEqualTo(1);
        assertThat(mate.get("bestMove").get("san").asText()).isEqualTo("Qxf7#");
        JsonNode opening = http.json("POST", "/v1/analysis", null,
                "{\"fen\":\"rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1\",\"depth\":10,\"movetimeMs\":2000}");
        assertThat(opening.get("score").get("type").asText()).isEqualTo("cp");
        assertThat(opening.get("sideToMove").asText()).isEqualTo("black");
        assertThat(opening.get("depth").asInt()).isBetween(1, 10);
        assertThat(opening.get("pv").size()).isGreaterThan(1);
        assertThat(opening.get("pv").get(0)).isEqualTo(opening.get("bestMove"));
        assertThat(metric(http.call("GET", "/metrics", "m", null).body(), "rookery_engine_requests_total{outcome=\"answered\",tier=\"normal\"}"))
                .isEqualTo(2);
        assertThat(stockfishProcesses()).isEqualTo(2);

        platform.close();
        await("the engine processes to end").atMost(Duration.ofSeconds(15)).until(() -> stockfishProcesses() == 0);
    }

    @Test
    void without_an_engine_the_bots_play_random_legal_moves_and_analysis_is_503_and_both_say_so() {
        start(Map.of(ConfigKeys.ENGINE_PATH, "none"));
        assertThat(platform.engine()).isEqualTo("random");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("no chess engine (rookery.engine.path=none): bots play random legal moves only");
        String guest = http.guest();
        JsonNode game = http.json("POST", "/v1/games", guest,
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"black\",\"opponent\":{\"type\":\"bot\",\"level\":5}}");
        assertThat(game.get("opponent").get("engine").asText()).isEqualTo("random");
        awaitPly(game.get("gameId").asText(), 1);
        String metrics = http.call("GET", "/metrics", "m", null).body();
        assertThat(metric(metrics, "rookery_bot_moves_total{source=\"random\"}")).isEqualTo(1);
        assertThat(metric(metrics, "rookery_bot_engine_info{engine=\"random\"}")).isEqualTo(1);
        assertThat(metrics).doesNotContain("rookery_engine_queue_length");
        HttpResponse<String> analysis = http.call("POST", "/v1/analysis", null, "{\"fen\":\"" + MATE_IN_ONE + "\",\"depth\":3}");
        assertThat(analysis.statusCode()).isEqualTo(503);
        assertThat(PlatformCalls.parse(analysis.body()).get("code").asText()).isEqualTo("unavailable");
        assertThat(analysis.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void without_an_engine_the_memory_fallback_serves_bots_and_analyses_labelled_in_memory() {
        start(Map.of(ConfigKeys.ENGINE_PATH, "none", ConfigKeys.ENGINE_FALLBACK, "memory"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("bots and analysis use the in-memory search");
        JsonNode mate = http.json("POST", "/v1/analysis", null, "{\"fen\":\"" + MATE_IN_ONE + "\",\"depth\":2}");
        assertThat(mate.get("engine").asText()).isEqualTo("in-memory");
        assertThat(mate.get("bestMove").get("san").asText()).isEqualTo("Qxf7#");
        JsonNode game = http.json("POST", "/v1/games", http.guest(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"black\",\"opponent\":{\"type\":\"bot\",\"level\":3}}");
        assertThat(game.get("opponent").get("engine").asText()).isEqualTo("in-memory");
        awaitPly(game.get("gameId").asText(), 1);
    }

    @Test
    void bad_engine_settings_stop_the_start_with_the_key_named() {
        assertThatThrownBy(() -> EngineSettingsReader.engine(Configuration.of(Map.of(ConfigKeys.ENGINE_PATH, "/no/such/engine"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.engine.path=/no/such/engine");
        assertThatThrownBy(() -> EngineSettingsReader.fallback(Configuration.of(Map.of(ConfigKeys.ENGINE_FALLBACK, "magic"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.engine.fallback");
        EngineCommand any = EngineCommand.of("/bin/true");
        assertThatThrownBy(() -> EngineSettingsReader.pool(Configuration.of(Map.of(ConfigKeys.ENGINE_POOL_SIZE, "0")), any))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.engine.pool-size");
        assertThatThrownBy(() -> EngineSettingsReader.bots(Configuration.of(Map.of(ConfigKeys.BOT_MOVE_BUDGET, "PT0S"))))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> EngineSettingsReader.analysisTimeout(Configuration.of(Map.of(ConfigKeys.ANALYSIS_TIMEOUT, "PT2M"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.analysis.timeout");
    }

    @Test
    void pool_size_and_tiers_come_from_the_configuration() {
        var settings = EngineSettingsReader.pool(Configuration.of(Map.of(ConfigKeys.ENGINE_POOL_SIZE, "3",
                "rookery.engine.tier.normal.queue-limit", "5", "rookery.engine.tier.normal.budget", "PT4S",
                "rookery.engine.tier.low.max-engines", "9")), EngineCommand.of("/bin/true"));
        assertThat(settings.size()).isEqualTo(3);
        assertThat(settings.tier(SlaTier.NORMAL).queueLimit()).isEqualTo(5);
        assertThat(settings.tier(SlaTier.NORMAL).budget()).hasSeconds(4);
        assertThat(settings.tier(SlaTier.LOW).maxEngines()).as("never more than the pool").isEqualTo(3);
        assertThat(settings.tier(SlaTier.CRITICAL).queueLimit()).isEqualTo(256);
        assertThat(settings.tier(SlaTier.CRITICAL).maxEngines()).isEqualTo(3);
        var defaults = EngineSettingsReader.pool(Configuration.of(Map.of(ConfigKeys.ENGINE_POOL_SIZE, "3")), EngineCommand.of("/bin/true"));
        assertThat(defaults.tier(SlaTier.NORMAL).maxEngines()).as("analyses leave the last engine to bots").isEqualTo(2);
        assertThat(EngineSettingsReader.pool(Configuration.of(Map.of(ConfigKeys.ENGINE_POOL_SIZE, "1")), EngineCommand.of("/bin/true"))
                .tier(SlaTier.NORMAL).maxEngines()).isEqualTo(1);
        assertThat(ConfigKeys.ALL).contains("rookery.engine.tier.critical.max-engines", ConfigKeys.ENGINE_PATH, "rookery.rate.analyze.user");
    }

    /** Waits until the game has at least {@code ply} moves, or is over. */
    private JsonNode awaitPly(String gameId, int ply) {
        return await("ply " + ply + " of " + gameId).atMost(BOT_WAIT).pollInterval(Duration.ofMillis(20))
                .until(() -> http.json("GET", "/v1/games/" + gameId, null, null),
                        g -> g.get("moves").size() >= ply || !g.get("status").asText().equals("in_progress"));
    }

    private static double metric(String exposition, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(exposition);
        assertThat(m.find()).as(series + " in\n" + exposition).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static long stockfishProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("stockfish")).orElse(false)).count();
    }

    private static void requireStockfish() {
        if (EngineCommand.locate("stockfish").isPresent()) return;
        String message = "stockfish is not installed; install it with scripts/install-engines.sh (as root: apt-get install -y stockfish)";
        if (Boolean.getBoolean("rookery.engines.required")) Assertions.fail("the engine tests are required but " + message);
        Assumptions.abort("engine test skipped: " + message);
    }
}
