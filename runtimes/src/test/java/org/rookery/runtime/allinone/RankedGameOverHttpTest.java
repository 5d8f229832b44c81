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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.GlickoCalculator;
import org.rookery.domain.rating.GlickoConfig;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.Score;

/**
 * The whole ranked loop on the all-in-one runtime, over HTTP only: two guests queue, both are told
 * of the same game on their match streams, play it to mate, and their ratings and the leaderboard
 * then show that one result exactly once (and a catch-up backfill finds nothing missing).
 */
class RankedGameOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin-token-for-the-test";
    private final HttpClient client = HttpClient.newHttpClient();
    private RunningPlatform platform;

    @BeforeEach
    void start() {
        platform = AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.METRICS_TOKEN, "m",
                ConfigKeys.ADMIN_TOKEN, ADMIN, ConfigKeys.WAVE_PERIOD, "PT0.05S", ConfigKeys.RELAY_PERIOD, "PT0.05S",
                // one game leaves a newcomer's RD near 290: let the board show them anyway
                ConfigKeys.LEADERBOARD_MAX_DEVIATION, "350")), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void two_guests_are_matched_play_to_mate_and_their_ratings_count_the_game_once() throws Exception {
        Guest ann = guest(), ben = guest();
        try (NoticeStream annNotices = NoticeStream.open(client, uri("/v1/matchmaking/events"), ann.token(), true);
                NoticeStream benNotices = NoticeStream.open(client, uri("/v1/matchmaking/events"), ben.token(), false)) {
            String blitz = "{\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"rated\":true}";
            assertThat(call("POST", "/v1/matchmaking/queue", ann.token(), blitz).statusCode()).isEqualTo(200);
            assertThat(call("POST", "/v1/matchmaking/queue", ben.token(), blitz).statusCode()).isEqualTo(200);
            JsonNode toAnn = annNotices.next(), toBen = benNotices.next();
            assertThat(toAnn.get("type").asText()).isEqualTo("gameReady");
            assertThat(toBen.get("gameId").asText()).isEqualTo(toAnn.get("gameId").asText());
            assertThat(List.of(toAnn.get("color").asText(), toBen.get("color").asText())).containsExactlyInAnyOrder("white", "black");

            String gameId = toAnn.get("gameId").asText();
            Guest white = toAnn.get("color").asText().equals("white") ? ann : ben;
            Guest black = white == ann ? ben : ann;
            String[] mate = {"e2e4", "e7e5", "d1h5", "b8c6", "f1c4", "g8f6", "h5f7"};
            JsonNode last = null;
            for (int ply = 0; ply < mate.length; ply++) {
                HttpResponse<String> move = call("POST", "/v1/games/" + gameId + "/moves", (ply % 2 == 0 ? white : black).token(),
                        "{\"uci\":\"" + mate[ply] + "\",\"moveId\":\"m" + ply + "\",\"ply\":" + ply + "}");
                assertThat(move.statusCode()).as(move.body()).isEqualTo(200);
                last = json(move);
            }
            assertThat(last.get("status").asText()).isEqualTo("ended");
            JsonNode game = json(call("GET", "/v1/games/" + gameId, null, null));
            assertThat(game.get("result").asText()).isEqualTo("1-0");
            assertThat(game.get("reason").asText()).isEqualTo("checkmate");
            assertThat(game.get("rated").asBoolean()).isTrue();

            // one game between newcomers, rated once: exactly the calculator's numbers
            GlickoCalculator glicko = new GlickoCalculator(GlickoConfig.defaults());
            PlayerRating newcomer = glicko.newcomer();
            PlayerRating winner = glicko.rateGame(newcomer, newcomer, Score.WIN, Instant.now());
            PlayerRating loser = glicko.rateGame(newcomer, newcomer, Score.LOSS, Instant.now());
            JsonNode whiteBlitz = eventually("/v1/ratings/" + white.userId(), r -> !r.get("pools").isEmpty()).get("pools").get(0);
            JsonNode blackBlitz = eventually("/v1/ratings/" + black.userId(), r -> !r.get("pools").isEmpty()).get("pools").get(0);
            assertThat(whiteBlitz.get("pool").asText()).isEqualTo("blitz");
            assertThat(whiteBlitz.get("games").asInt()).isEqualTo(1);
            assertThat(blackBlitz.get("games").asInt()).isEqualTo(1);
            assertThat(whiteBlitz.get("rating").asDouble()).isEqualTo(winner.rating());
            assertThat(blackBlitz.get("rating").asDouble()).isEqualTo(loser.rating());
            assertThat(whiteBlitz.get("provisional").asBoolean()).isTrue();

            JsonNode board = json(call("GET", "/v1/leaderboards/blitz", null, null));
            assertThat(board.get("total").asLong()).isEqualTo(2);
            assertThat(board.get("entries").get(0).get("userId").asText()).isEqualTo(white.userId());
            assertThat(board.get("entries").get(0).get("rank").asLong()).isEqualTo(1);
            assertThat(board.get("entries").get(1).get("userId").asText()).isEqualTo(black.userId());
            assertThat(board.get("entries").get(0).get("rating").asDouble()).isEqualTo(winner.rating());

            // the game's GameEnded is in the event log: offering it again changes nothing
            assertThat(call("POST", "/v1/admin/ratings/backfill", ADMIN, "{\"mode\":\"catch_up\"}").statusCode()).isEqualTo(202);
            JsonNode backfill = eventually("/v1/admin/ratings/backfill", ADMIN, p -> p.get("state").asText().equals("completed"));
            assertThat(backfill.get("resultsSkipped").asLong()).isEqualTo(1);
            assertThat(backfill.get("resultsApplied").asLong()).isZero();
            JsonNode after = json(call("GET", "/v1/ratings/" + white.userId(), null, null)).get("pools").get(0);
            assertThat(after.get("games").asInt()).isEqualTo(1);
            assertThat(after.get("rating").asDouble()).isEqualTo(winner.rating());

            String metrics = call("GET", "/metrics", "m", null).body();
            assertThat(metrics).contains("rookery_matchmaking_matches_total{stage=\"game_created\"} 1.0");
            assertThat(metrics).contains("rookery_circuit_breaker_state{breaker=\"match-game-creation\",state=\"closed\"} 1.0");
        }
    }

    record Guest(String userId, String token) {}

    private Guest guest() throws Exception {
        JsonNode body = json(call("POST", "/v1/auth/guest", null, null));
        return new Guest(body.get("userId").asText(), body.get("token").asText());
    }

    private JsonNode eventually(String path, Predicate<JsonNode> done) {
        return eventually(path, null, done);
    }

    /** Reads {@code path} until {@code done} holds, for at most 10 s (the relay and the backfill run apart). */
    private JsonNode eventually(String path, String token, Predicate<JsonNode> done) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)) // within the per-IP read limit
                .until(() -> {
                    HttpResponse<String> response = call("GET", path, token, null);
                    return response.statusCode() == 200 ? json(response) : null;
                }, body -> body != null && done.test(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + platform.port() + path);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** A player's match-notice stream: the {@code data} of each SSE event, read on a virtual thread. */
    static final class NoticeStream implements AutoCloseable {
        private final java.util.concurrent.BlockingQueue<String> data = new java.util.concurrent.LinkedBlockingQueue<>();
        private final HttpResponse<Stream<String>> response;

        private NoticeStream(HttpResponse<Stream<String>> response) {
            this.response = response;
            Thread.ofVirtual().start(() -> {
                try {
                    response.body().filter(line -> line.startsWith("data:")).forEach(line -> data.add(line.substring(5).trim()));
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
        }

        /** With the token in the Authorization header, or as {@code ?token=} as browsers send it. */
        static NoticeStream open(HttpClient client, URI uri, String token, boolean header) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(header ? uri : URI.create(uri + "?token=" + token)).header("Accept", "text/event-stream");
            if (header) b.header("Authorization", "Bearer " + token);
            HttpResponse<Stream<String>> response = client.send(b.GET().build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            return new NoticeStream(response);
        }

        JsonNode next() throws Exception {
            String next = data.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            if (next == null) throw new AssertionError("no match notice within 10 s");
            return JSON.readTree(next);
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}
