package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml and the server agree: every documented operation exists, every served route is documented. */
class OpenApiDocumentTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"));
    /** The routes the adapter serves (HttpApi.routing and the WebSocket endpoint). */
    static final List<String> SERVED = List.of("POST /v1/auth/guest", "POST /v1/games", "GET /v1/games/{gameId}",
            "POST /v1/games/{gameId}/join", "POST /v1/games/{gameId}/moves", "POST /v1/games/{gameId}/moves/validate", "POST /v1/games/{gameId}/resign",
            "POST /v1/games/{gameId}/draw/offer", "POST /v1/games/{gameId}/draw/accept", "POST /v1/games/{gameId}/draw/decline",
            "POST /v1/games/{gameId}/draw/claim", "POST /v1/games/{gameId}/abort", "GET /v1/games/{gameId}/pgn",
            "GET /v1/games/{gameId}/events", "GET /ws/games/{gameId}", "GET /health/live", "GET /health/ready", "GET /metrics",
            "GET /openapi.json", "GET /v1/leaderboards/{pool}", "GET /v1/ratings/{userId}", "POST /v1/game-results",
            "POST /v1/admin/ratings/backfill", "GET /v1/admin/ratings/backfill", "POST /v1/matchmaking/queue",
            "DELETE /v1/matchmaking/queue", "GET /v1/matchmaking/stats", "GET /v1/matchmaking/events", "POST /v1/analysis",
            "GET /v1/players/{userId}/games", "GET /v1/players/{userId}/games.pgn");

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void the_document_lists_exactly_the_served_routes_and_each_answers() {
        JsonNode doc = TestPlatform.json(platform.get("/openapi.json", null));
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!op.getKey().equals("parameters")) documented.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(SERVED);
        for (String route : SERVED) {
            if (route.contains("/ws/") || route.endsWith("/events")) continue; // upgrades and streams have their own tests
            String[] parts = route.split(" ");
            String path = parts[1].replace("{gameId}", "some-game").replace("{pool}", "blitz").replace("{userId}", "someone");
            HttpResponse<String> r = platform.send(platform.request(path, null)
                    .method(parts[0], HttpRequest.BodyPublishers.noBody()));
            assertThat(r.statusCode()).as(route).isNotEqualTo(405).isLessThan(500);
            if (r.statusCode() == 404) assertThat(TestPlatform.json(r).get("code").asText()).isEqualTo("game_not_found");
        }
    }

    @Test
    void every_schema_reference_resolves() {
        JsonNode doc = TestPlatform.json(platform.get("/openapi.json", null));
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            if (node.has("$ref")) refs.add(node.get("$ref").asText());
            node.forEach(child -> collect(child, refs));
        } else if (node.isArray()) node.forEach(child -> collect(child, refs));
    }
}
