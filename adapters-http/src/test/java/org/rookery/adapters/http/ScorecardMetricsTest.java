package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * The live-game scorecard's metrics under their names: every move is counted and timed whatever
 * its transport (REST, WebSocket), connections are a gauge, a connection that resumes is a
 * reconnect, and requests are labelled by the template of the route that answered them.
 */
class ScorecardMetricsTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), RateLimitPolicy.UNLIMITED);

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static MetricsScrape scrape() {
        return new MetricsScrape(platform.send(platform.request("/metrics", "m").GET()).body());
    }

    private static double latencyCount(MetricsScrape s, String transport) {
        return s.value("live_game_move_latency_seconds_count{transport=\"" + transport + "\"}");
    }

    @Test
    void moves_over_rest_and_over_the_websocket_are_both_counted_and_timed_by_transport() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        MetricsScrape before = scrape();
        assertThat(platform.move(gameId, alice, "e2e4", 0, "r1").statusCode()).isEqualTo(200);
        assertThat(platform.move(gameId, alice, "e2e4", 1, "r2").statusCode()).isEqualTo(409); // not her turn: rejected
        try (SocketProbe black = SocketProbe.connect(platform, gameId, bob.token())) {
            black.next("snapshot");
            black.send(GameSocketTest.move("w1", 1, "e7e5"));
            black.until(f -> f.get("type").asText().equals("ack"));
        }
        MetricsScrape after = scrape();
        assertThat(latencyCount(after, "rest") - latencyCount(before, "rest")).isEqualTo(2);
        assertThat(latencyCount(after, "websocket") - latencyCount(before, "websocket")).isEqualTo(1);
        assertThat(after.value("live_game_moves_total{outcome=\"accepted\",transport=\"websocket\"}")
                - before.value("live_game_moves_total{outcome=\"accepted\",transport=\"websocket\"}")).isEqualTo(1);
        assertThat(after.value("live_game_moves_total{outcome=\"rejected\",transport=\"rest\"}")
                - before.value("live_game_moves_total{outcome=\"rejected\",transport=\"rest\"}")).isEqualTo(1);
        assertThat(after.series()).contains("live_game_move_latency_seconds_bucket{transport=\"rest\",le=\"0.05\"}");
    }

    @Test
    void a_connection_is_a_gauge_and_a_resume_is_one_reconnect() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        double reconnects = scrape().value("live_game_websocket_reconnects_total");
        try (SocketProbe first = SocketProbe.connect(platform, gameId, alice.token())) {
            first.next("snapshot");
            assertThat(scrape().value("live_game_websocket_connections")).isGreaterThanOrEqualTo(1);
            first.send("{\"type\":\"resume\",\"lastSeq\":1}");
            first.send("{\"type\":\"resume\",\"lastSeq\":1}"); // the same connection again: still one reconnect
            first.send("{\"type\":\"ping\"}");
            first.until(f -> f.get("type").asText().equals("pong"));
        }
        assertThat(scrape().value("live_game_websocket_reconnects_total") - reconnects).isEqualTo(1);
    }

    @Test
    void requests_are_labelled_by_route_template_and_status_class_never_by_their_path() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        platform.get("/v1/games/" + gameId, null);
        platform.get("/v1/games/no-such-game", null);
        platform.get("/no/such/route", null);
        MetricsScrape s = scrape();
        assertThat(s.series()).contains(
                "rookery_http_requests_total{method=\"GET\",route=\"/v1/games/{gameId}\",status=\"2xx\"}",
                "rookery_http_requests_total{method=\"GET\",route=\"/v1/games/{gameId}\",status=\"4xx\"}",
                "rookery_http_requests_total{method=\"POST\",route=\"/v1/games/{gameId}/join\",status=\"2xx\"}",
                "rookery_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"}",
                "rookery_http_request_duration_seconds_count{method=\"POST\",route=\"/v1/games\"}");
        assertThat(s.text()).doesNotContain(gameId).doesNotContain("no-such");
    }
}
