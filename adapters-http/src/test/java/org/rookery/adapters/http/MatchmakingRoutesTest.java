package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.adapters.http.BadRequestTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.GameEventStreamTest.Sse;
import org.rookery.adapters.http.GameEventStreamTest.SseReader;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.domain.matchmaking.QueueConfig;

/** Joining, leaving, the join rate, the queue's cap, pending matches, and both players told of their game. */
class MatchmakingRoutesTest {
    static final String QUEUE = "/v1/matchmaking/queue";
    static final String BLITZ = "{\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"rated\":true}";
    static final String BULLET = "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0}}";
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"));

    @AfterAll
    static void stop() {
        platform.close();
    }

    static HttpResponse<String> join(TestPlatform platform, Guest guest, String body) {
        return platform.post(QUEUE, guest.token(), body);
    }

    static HttpResponse<String> leave(TestPlatform platform, Guest guest) {
        return platform.send(platform.request(QUEUE, guest.token()).DELETE());
    }

    static JsonNode stats(TestPlatform platform) {
        return TestPlatform.json(platform.get("/v1/matchmaking/stats", null));
    }

    static SseReader notices(TestPlatform platform, HttpRequest.Builder request) throws Exception {
        HttpResponse<InputStream> response = platform.client.send(request.header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new SseReader(response);
    }

    @Test
    void both_players_are_told_the_same_game_with_opposite_colours() throws Exception {
        Guest ann = platform.guest(), ben = platform.guest();
        try (SseReader annStream = notices(platform, platform.request("/v1/matchmaking/events", ann.token()));
                SseReader benStream = notices(platform, platform.request("/v1/matchmaking/events?token=" + ben.token(), null))) {
            JsonNode joined = TestPlatform.json(join(platform, ann, BLITZ));
            assertThat(joined.get("status").asText()).isEqualTo("waiting");
            assertThat(joined.get("outcome").asText()).isEqualTo("joined");
            assertThat(joined.at("/pool/speed").asText()).isEqualTo("blitz");
            assertThat(joined.at("/pool/rated").asBoolean()).isTrue();
            assertThat(joined.at("/pool/timeControl/initialMs").asLong()).isEqualTo(180_000);
            assertThat(joined.get("rating").asDouble()).isEqualTo(1500);
            assertThat(join(platform, ben, BLITZ).statusCode()).isEqualTo(200);
            assertThat(platform.ranked.wave()).isEqualTo(1);

            Sse toAnn = annStream.next(), toBen = benStream.next();
            assertThat(toAnn.name()).isEqualTo("gameReady");
            assertThat(toBen.name()).isEqualTo("gameReady");
            JsonNode a = TestPlatform.json(toAnn.data()), b = TestPlatform.json(toBen.data());
            assertThat(a.get("type").asText()).isEqualTo("gameReady");
            assertThat(a.get("gameId").asText()).isEqualTo(b.get("gameId").asText());
            assertThat(a.get("matchId").asText()).isEqualTo(b.get("matchId").asText());
            assertThat(Set.of(a.get("color").asText(), b.get("color").asText())).containsExactlyInAnyOrder("white", "black");
            assertThat(a.get("opponent").asText()).isEqualTo(ben.userId());
            assertThat(b.get("opponent").asText()).isEqualTo(ann.userId());
            assertThat(a.at("/timeControl/incrementMs").asLong()).isEqualTo(2_000);
            assertThat(a.get("rated").asBoolean()).isTrue();

            JsonNode game = TestPlatform.json(platform.get("/v1/games/" + a.get("gameId").asText(), null));
            assertThat(game.get("status").asText()).isEqualTo("in_progress");
            Guest white = a.get("color").asText().equals("white") ? ann : ben;
            assertThat(game.get("white").asText()).isEqualTo(white.userId());
            assertThat(game.get("rated").asBoolean()).isTrue();
        }
    }

    @Test
    void a_stream_opened_after_the_match_gets_the_latest_notice_first() throws Exception {
        Guest cy = platform.guest(), di = platform.guest();
        join(platform, cy, BULLET);
        join(platform, di, BULLET);
        platform.ranked.wave();
        try (SseReader late = notices(platform, platform.request("/v1/matchmaking/events", di.token()))) {
            JsonNode ready = TestPlatform.json(late.next().data());
            assertThat(ready.get("opponent").asText()).isEqualTo(cy.userId());
            assertThat(ready.get("rated").asBoolean()).isFalse();
        }
    }

    @Test
    void leaving_takes_the_player_out_at_once() {
        Guest ed = platform.guest(), fay = platform.guest();
        int before = stats(platform).get("waiting").asInt();
        join(platform, ed, BULLET);
        assertThat(stats(platform).get("waiting").asInt()).isEqualTo(before + 1);
        HttpResponse<String> left = leave(platform, ed);
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(TestPlatform.json(left).get("left").asBoolean()).isTrue();
        assertThat(stats(platform).get("waiting").asInt()).isEqualTo(before);
        assertThat(TestPlatform.json(leave(platform, ed)).get("left").asBoolean()).isFalse();
        join(platform, fay, BULLET);
        assertThat(platform.ranked.wave()).as("nobody left to pair fay with").isZero();
        leave(platform, fay);
    }

    @Test
    void a_second_join_within_the_interval_is_429_with_retry_after_and_counted() {
        Guest gil = platform.guest();
        long limitedBefore = stats(platform).get("rateLimited").asLong();
        assertThat(TestPlatform.json(join(platform, gil, BULLET)).get("outcome").asText()).isEqualTo("joined");
        assertThat(TestPlatform.json(join(platform, gil, BULLET)).get("outcome").asText())
                .as("the same pool again keeps the first entry").isEqualTo("already_waiting");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> flood = join(platform, gil, BLITZ);
            problem(flood, 429, "rate_limited");
            assertThat(flood.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 10L));
        }
        leave(platform, gil);
        problem(join(platform, gil, BULLET), 429, "rate_limited");
        assertThat(stats(platform).get("rateLimited").asLong()).isEqualTo(limitedBefore + 6);
        assertThat(platform.get("/metrics", "m").body()).containsPattern("rookery_rate_limited_total\\{action=\"join_queue\"} [1-9]");
    }

    @Test
    void bad_join_requests_get_their_problem() {
        Guest hal = platform.guest();
        problem(platform.post(QUEUE, null, BULLET), 401, "unauthorized");
        problem(platform.post(QUEUE, "forged", BULLET), 401, "unauthorized");
        problem(platform.send(platform.request(QUEUE, null).DELETE()), 401, "unauthorized");
        problem(platform.get("/v1/matchmaking/events", null), 401, "unauthorized");
        problem(platform.get("/v1/matchmaking/events?token=forged", null), 401, "unauthorized");
        problem(join(platform, hal, "{\"timeControl\":"), 400, "malformed_json");
        problem(join(platform, hal, "{}"), 400, "invalid_request");
        problem(join(platform, hal, "{\"timeControl\":{\"initialMs\":60000}}"), 400, "invalid_request");
        problem(join(platform, hal, "{\"timeControl\":{\"initialMs\":0,\"incrementMs\":0}}"), 400, "invalid_time_control");
        problem(join(platform, hal, "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"rated\":\"yes\"}"), 400, "invalid_request");
        problem(join(platform, hal, "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"pool\":\"blitz\"}"), 400, "invalid_request");
        assertThat(TestPlatform.json(join(platform, hal, BULLET)).get("outcome").asText()).as("refusals do not count as joins")
                .isEqualTo("joined");
        leave(platform, hal);
    }

    @Test
    void a_player_waits_in_one_pool_at_a_time_joining_another_switches() {
        try (TestPlatform quick = TestPlatform.start(HttpSettings.DEFAULTS,
                RankedPlay.Options.DEFAULTS.withQueue(new QueueConfig(100, Duration.ZERO)))) {
            Guest kim = quick.guest();
            assertThat(TestPlatform.json(join(quick, kim, BULLET)).get("outcome").asText()).isEqualTo("joined");
            JsonNode switched = TestPlatform.json(join(quick, kim, BLITZ));
            assertThat(switched.get("outcome").asText()).isEqualTo("switched");
            assertThat(switched.at("/pool/speed").asText()).isEqualTo("blitz");
            assertThat(switched.at("/left/speed").asText()).isEqualTo("bullet");
            assertThat(switched.at("/left/rated").asBoolean()).isFalse();
            assertThat(stats(quick).get("waiting").asInt()).isEqualTo(1);
        }
    }

    @Test
    void a_full_queue_is_503_with_retry_after() {
        try (TestPlatform small = TestPlatform.start(HttpSettings.DEFAULTS,
                RankedPlay.Options.DEFAULTS.withQueue(new QueueConfig(2, Duration.ofSeconds(10))))) {
            assertThat(join(small, small.guest(), BULLET).statusCode()).isEqualTo(200);
            assertThat(join(small, small.guest(), BLITZ).statusCode()).isEqualTo(200);
            HttpResponse<String> full = join(small, small.guest(), BULLET);
            problem(full, 503, "queue_full");
            assertThat(full.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(stats(small).get("queueFull").asLong()).isEqualTo(1);
        }
    }

    @Test
    void a_player_whose_match_waits_for_its_game_is_told_so_and_may_not_rejoin() throws Exception {
        try (TestPlatform down = TestPlatform.start(HttpSettings.DEFAULTS)) {
            Guest ivy = down.guest(), jon = down.guest();
            down.ranked.gameCreationDown = true;
            join(down, ivy, BULLET);
            join(down, jon, BULLET);
            assertThat(down.ranked.wave()).isEqualTo(1);
            try (SseReader stream = notices(down, down.request("/v1/matchmaking/events", ivy.token()))) {
                Sse delayed = stream.next();
                assertThat(delayed.name()).isEqualTo("gameDelayed");
                assertThat(TestPlatform.json(delayed.data()).get("opponent").asText()).isEqualTo(jon.userId());
                HttpResponse<String> again = join(down, ivy, BULLET);
                problem(again, 409, "match_pending");
                assertThat(again.headers().firstValue("Retry-After")).isPresent();
            }
        }
    }
}
