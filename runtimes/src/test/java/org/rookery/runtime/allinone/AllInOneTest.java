package org.rookery.runtime.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllInOneTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> call(int port, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }

    @Test
    void serves_a_whole_game_over_http_prints_its_url_and_stops_cleanly() throws Exception {
        var printed = new ByteArrayOutputStream();
        RunningPlatform platform = AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.METRICS_TOKEN, "m")),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        int port = platform.port();
        try {
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("serving at http://localhost:" + port + "/");
            assertThat(call(port, "GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
            String alice = field(call(port, "POST", "/v1/auth/guest", null, null).body(), "token");
            String bob = field(call(port, "POST", "/v1/auth/guest", null, null).body(), "token");
            String gameId = field(call(port, "POST", "/v1/games", alice,
                    "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"white\"}").body(), "gameId");
            assertThat(call(port, "POST", "/v1/games/" + gameId + "/join", bob, null).statusCode()).isEqualTo(200);
            assertThat(call(port, "POST", "/v1/games/" + gameId + "/moves", alice, "{\"uci\":\"e2e4\",\"moveId\":\"1\",\"ply\":0}").statusCode())
                    .isEqualTo(200);
            assertThat(call(port, "POST", "/v1/games/" + gameId + "/resign", bob, null).body()).contains("\"result\":\"1-0\"");
            assertThat(call(port, "GET", "/metrics", "m", null).body()).contains("rookery_game_commands_total");
        } finally {
            platform.close();
        }
        assertThat(platform.isReady()).isFalse();
        assertThatThrownBy(() -> call(port, "GET", "/health/live", null, null)).isInstanceOf(ConnectException.class);
        platform.close(); // twice is harmless
    }

    @Test
    void port_comes_from_the_command_line_over_the_environment_over_the_file() throws Exception {
        var file = java.nio.file.Files.createTempFile("rookery", ".properties");
        java.nio.file.Files.writeString(file, "rookery.port=7000\nrookery.ws.ping-interval=PT5S\n");
        Map<String, String> env = Map.of("ROOKERY_PORT", "7001");
        assertThat(AllInOne.configuration(new String[] {"--config", file.toString()}, Map.of()).integer(ConfigKeys.PORT, 0)).isEqualTo(7000);
        assertThat(AllInOne.configuration(new String[] {"--config", file.toString()}, env).integer(ConfigKeys.PORT, 0)).isEqualTo(7001);
        Configuration all = AllInOne.configuration(new String[] {"--config", file.toString(), "--port", "7002"}, env);
        assertThat(all.integer(ConfigKeys.PORT, 0)).isEqualTo(7002);
        assertThat(all.duration(ConfigKeys.PING_INTERVAL, null)).hasSeconds(5);
        assertThat(HttpSettingsReader.read(Configuration.of(Map.of())).port()).isEqualTo(8080);
    }

    @Test
    void bad_configuration_is_refused_with_the_key_named() throws Exception {
        assertThatThrownBy(() -> AllInOne.configuration(new String[] {"--port"}, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("usage");
        assertThatThrownBy(() -> HttpSettingsReader.read(Configuration.of(Map.of(ConfigKeys.PORT, "eighty"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.port");
        assertThatThrownBy(() -> HttpSettingsReader.rateLimits(Configuration.of(Map.of("rookery.rate.move.user", "fast"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.rate.move.user");
        assertThatThrownBy(() -> new MemoryAdapters(Configuration.of(Map.of("rookery.adapters.event-log", "postgres"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.adapters.event-log=postgres");
        var file = java.nio.file.Files.createTempFile("rookery", ".properties");
        java.nio.file.Files.writeString(file, "rookery.prot=7000\n");
        assertThatThrownBy(() -> AllInOne.configuration(new String[] {"--config", file.toString()}, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.prot");
        assertThatThrownBy(() -> AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.TOKEN_SECRET, "short")), System.out))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void rate_limits_are_configured_per_action_or_switched_off() {
        var limits = HttpSettingsReader.rateLimits(Configuration.of(Map.of("rookery.rate.move.user", "50/s:100", "rookery.rate.create-game.ip", "off")));
        assertThat(limits.perUser().get(org.rookery.ports.in.LimitedAction.MOVE).capacity()).isEqualTo(100);
        assertThat(limits.perAddress()).doesNotContainKey(org.rookery.ports.in.LimitedAction.CREATE_GAME);
    }
}
