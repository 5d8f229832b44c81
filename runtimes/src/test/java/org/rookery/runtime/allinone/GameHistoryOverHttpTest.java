package org.rookery.runtime.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.pgn.PgnReader;

/**
 * The history on the all-in-one runtime, over HTTP only: a game played to the end reaches both
 * players' archives through the game-events relay (no call archives it), once, and the PGN download
 * holds exactly the game's PGN.
 */
class GameHistoryOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private RunningPlatform platform;

    @BeforeEach
    void start() {
        platform = AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.RELAY_PERIOD, "PT0.05S")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void a_finished_game_reaches_both_archives_through_the_relay_and_downloads_as_its_pgn() throws Exception {
        JsonNode ann = json(call("POST", "/v1/auth/guest", null, null)), ben = json(call("POST", "/v1/auth/guest", null, null));
        String annToken = ann.get("token").asText(), benToken = ben.get("token").asText();
        String gameId = json(call("POST", "/v1/games", annToken,
                "{\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"color\":\"white\"}")).get("gameId").asText();
        assertThat(call("POST", "/v1/games/" + gameId + "/join", benToken, null).statusCode()).isEqualTo(200);
        String[] mate = {"e2e4", "e7e5", "d1h5", "b8c6", "f1c4", "g8f6", "h5f7"};
        for (int ply = 0; ply < mate.length; ply++) {
            HttpResponse<String> move = call("POST", "/v1/games/" + gameId + "/moves", ply % 2 == 0 ? annToken : benToken,
                    "{\"uci\":\"" + mate[ply] + "\",\"moveId\":\"m" + ply + "\",\"ply\":" + ply + "}");
            assertThat(move.statusCode()).as(move.body()).isEqualTo(200);
        }

        String annGames = "/v1/players/" + ann.get("userId").asText() + "/games";
        JsonNode page = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> json(call("GET", annGames, null, null)), p -> !p.get("games").isEmpty());
        assertThat(page.get("games")).hasSize(1);
        JsonNode archived = page.get("games").get(0);
        assertThat(archived.get("gameId").asText()).isEqualTo(gameId);
        assertThat(archived.get("outcome").asText()).isEqualTo("win");
        assertThat(archived.get("reason").asText()).isEqualTo("checkmate");
        assertThat(archived.get("plies").asInt()).isEqualTo(7);
        JsonNode benPage = json(call("GET", "/v1/players/" + ben.get("userId").asText() + "/games?result=loss", null, null));
        assertThat(benPage.get("games").get(0).get("gameId").asText()).isEqualTo(gameId);

        String pgn = call("GET", "/v1/games/" + gameId + "/pgn", null, null).body();
        HttpResponse<String> download = call("GET", annGames + ".pgn", null, null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pgn);
        assertThat(PgnReader.readGame(download.body()).moves()).hasSize(7);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
