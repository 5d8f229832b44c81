package org.rookery.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.rookery.client.Models.CreateGame;
import org.rookery.client.Models.Game;
import org.rookery.client.Models.Guest;
import org.rookery.client.Models.MoveResult;

/**
 * Typed calls to the Rookery REST API. Each call sends an {@code X-Request-ID} (from the
 * correlation-id source, a fresh UUID by default) so server logs and events can be traced back
 * to it; refusals throw {@link RookeryApiException} with the problem's code. Moves carry a
 * client move id: {@link #move} retries a move lost to the network with the same id, which the
 * server answers with the first result rather than playing twice. Thread-safe.
 */
public final class RookeryClient {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final URI base;
    private final HttpClient http;
    private final Supplier<String> requestIds;
    private volatile String token;

    public RookeryClient(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), () -> UUID.randomUUID().toString());
    }

    public RookeryClient(URI base, HttpClient http, Supplier<String> requestIds) {
        this.base = base;
        this.http = http;
        this.requestIds = requestIds;
    }

    /** Uses this bearer token from now on. */
    public RookeryClient token(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    public String token() {
        return token;
    }

    public URI base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    /** Becomes a guest: mints a guest token and uses it. */
    public Guest loginAsGuest() {
        Guest guest = call("POST", "/v1/auth/guest", null, Guest.class);
        token = guest.token();
        return guest;
    }

    public Game createGame(CreateGame request) {
        return call("POST", "/v1/games", request, Game.class);
    }

    public Game join(String gameId) {
        return call("POST", "/v1/games/" + gameId + "/join", null, Game.class);
    }

    public Game game(String gameId) {
        return call("GET", "/v1/games/" + gameId, null, Game.class);
    }

    /** Plays a move with a fresh move id. */
    public MoveResult move(String gameId, String uci, int ply) {
        return move(gameId, uci, ply, UUID.randomUUID().toString());
    }

    /** Plays a move; a network failure is retried once with the same move id, so the move is played at most once. */
    public MoveResult move(String gameId, String uci, int ply, String moveId) {
        Map<String, Object> body = Map.of("uci", uci, "moveId", moveId, "ply", ply);
        try {
            return call("POST", "/v1/games/" + gameId + "/moves", body, MoveResult.class);
        } catch (UncheckedIOException lost) {
            return call("POST", "/v1/games/" + gameId + "/moves", body, MoveResult.class);
        }
    }

    public Game resign(String gameId) {
        return call("POST", "/v1/games/" + gameId + "/resign", null, Game.class);
    }

    public Game offerDraw(String gameId) {
        return call("POST", "/v1/games/" + gameId + "/draw/offer", null, Game.class);
    }

    public Game acceptDraw(String gameId) {
        return call("POST", "/v1/games/" + gameId + "/draw/accept", null, Game.class);
    }

    public Game declineDraw(String gameId) {
        return call("POST", "/v1/games/" + gameId + "/draw/decline", null, Game.class);
    }

    public Game abort(String gameId) {
        return call("POST", "/v1/games/" + gameId + "/abort", null, Game.class);
    }

    public String pgn(String gameId) {
        return send(builder("/v1/games/" + gameId + "/pgn").GET()).body();
    }

    /** A connection to the game's WebSocket (not yet open: call {@link GameConnection#open()}). */
    public GameConnection connect(String gameId, GameConnection.Listener listener, Backoff backoff) {
        return new GameConnection(this, gameId, listener, backoff);
    }

    private <T> T call(String method, String path, Object body, Class<T> type) {
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder b = builder(path);
        if (body != null) {
            try {
                publisher = HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write the request body", e);
            }
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = send(b.method(method, publisher));
        try {
            return JSON.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the server answered something that is not " + type.getSimpleName(), e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("X-Request-ID", requestIds.get());
        String t = token;
        if (t != null) b.header("Authorization", "Bearer " + t);
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() >= 400) throw problem(response);
        return response;
    }

    private static RookeryApiException problem(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-ID").orElse(null);
        Duration retry = response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(null);
        try {
            JsonNode p = JSON.readTree(response.body());
            return new RookeryApiException(response.statusCode(), p.path("code").asText("unknown"), p.path("detail").asText(""), requestId, retry);
        } catch (JsonProcessingException e) {
            return new RookeryApiException(response.statusCode(), "unknown", response.body(), requestId, retry);
        }
    }
}
