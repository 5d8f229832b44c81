package org.rookery.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads an error answer into a {@link RookeryApiException}: problem details when there are some, the raw status otherwise. Stateless. */
final class Problems {
    private Problems() {}

    static RookeryApiException from(HttpResponse<String> response, JsonCodec json, String requestId) {
        Duration retryAfter = response.headers().firstValue("Retry-After").map(Problems::seconds).orElse(null);
        return from(response.statusCode(), response.body(), json, requestId, retryAfter);
    }

    static RookeryApiException from(int status, String body, JsonCodec json, String requestId, Duration retryAfter) {
        JsonNode problem = parse(body, json);
        if (problem == null || !problem.hasNonNull("code")) {
            String detail = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
            return new RookeryApiException(status, RookeryApiException.UNEXPECTED_RESPONSE, "Unexpected response", detail, null, requestId, retryAfter);
        }
        return new RookeryApiException(status, problem.get("code").asText(), text(problem, "title"), text(problem, "detail"),
                text(problem, "type"), requestId, retryAfter);
    }

    private static JsonNode parse(String body, JsonCodec json) {
        if (body == null || body.isBlank()) return null;
        try {
            JsonNode node = json.tree(body);
            return node.isObject() ? node : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** {@code Retry-After} in seconds; an HTTP date (which Rookery never sends) is ignored. */
    private static Duration seconds(String header) {
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
