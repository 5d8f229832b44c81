package org.rookery.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Rookery API from Java: one typed method per REST route of API.md, and {@link #live} for a
 * game's live connection. Every call sends an {@code X-Request-ID} (a fresh random one, or the
 * one given to {@link #withRequestId}) and returns it in its {@link Reply}; a refusal throws
 * {@link RookeryApiException}, a failed connection {@link RookeryTransportException}. Immutable
 * and thread-safe: {@link #withToken} and friends return cheap copies sharing one
 * {@link HttpClient}.
 */
public final class RookeryClient {
    private static final Pattern GAME_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private final HttpExchange http;

    private RookeryClient(HttpExchange http) {
        this.http = http;
    }

    /** A client of the server at {@code baseUri} (e.g. {@code http://localhost:8080}), with no token yet. */
    public static RookeryClient create(URI baseUri) {
        return create(baseUri, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** The same, on the caller's {@link HttpClient} (proxy, TLS, executor of its choice). */
    public static RookeryClient create(URI baseUri, HttpClient httpClient) {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = baseUri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) throw new IllegalArgumentException("baseUri must be http(s), got " + baseUri);
        // paths are resolved against the base, so it must end with a slash to keep a prefix such as /rookery/
        URI base = baseUri.toString().endsWith("/") ? baseUri : URI.create(baseUri + "/");
        return new RookeryClient(new HttpExchange(base, httpClient, new JsonCodec(), null, RequestIds.FRESH, Duration.ofSeconds(30)));
    }

    /** This client acting as the owner of {@code bearerToken} (from {@link #createGuest()} or your identity provider). */
    public RookeryClient withToken(String bearerToken) {
        Objects.requireNonNull(bearerToken, "bearerToken");
        return new RookeryClient(http.withToken(bearerToken));
    }

    /** This client sending {@code requestId} as the correlation id of every call (1-128 visible ASCII characters). */
    public RookeryClient withRequestId(String requestId) {
        String id = RequestIds.require(requestId);
        return new RookeryClient(http.withRequestIds(() -> id));
    }

    /** This client giving up on a call after {@code timeout} (default 30 s). */
    public RookeryClient withRequestTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        return new RookeryClient(http.withTimeout(timeout));
    }

    /** {@code POST /v1/auth/guest}: a new guest identity and its token. */
    public Reply<Guest> createGuest() {
        return http.call("POST", "v1/auth/guest", null, Guest.class);
    }

    /** {@code POST /v1/games}: a new game waiting for an opponent. */
    public Reply<Game> createGame(NewGame newGame) {
        return http.call("POST", "v1/games", Objects.requireNonNull(newGame, "newGame"), Game.class);
    }

    /** {@code POST /v1/games/{id}/join}: take the free seat; the game starts. */
    public Reply<Game> joinGame(String gameId) {
        return command(gameId, "join");
    }

    /** {@code GET /v1/games/{id}}. */
    public Reply<Game> game(String gameId) {
        return http.call("GET", gamePath(gameId), null, Game.class);
    }

    /** {@code POST /v1/games/{id}/moves}: answered once the move is durable; a repeated {@code moveId} gets the first answer. */
    public Reply<MoveAnswer> move(String gameId, MoveCommand move) {
        Objects.requireNonNull(move, "move");
        return http.call("POST", gamePath(gameId) + "/moves", moveBody(move), MoveAnswer.class);
    }

    public Reply<Game> resign(String gameId) {
        return command(gameId, "resign");
    }

    public Reply<Game> offerDraw(String gameId) {
        return command(gameId, "draw/offer");
    }

    public Reply<Game> acceptDraw(String gameId) {
        return command(gameId, "draw/accept");
    }

    public Reply<Game> declineDraw(String gameId) {
        return command(gameId, "draw/decline");
    }

    /** Claims a draw by threefold repetition or the fifty-move rule (an addition to API.md). */
    public Reply<Game> claimDraw(String gameId) {
        return command(gameId, "draw/claim");
    }

    /** Calls the game off; allowed only before both sides have moved. */
    public Reply<Game> abort(String gameId) {
        return command(gameId, "abort");
    }

    /** {@code GET /v1/games/{id}/pgn}: the game in PGN. */
    public Reply<String> pgn(String gameId) {
        return http.text("GET", gamePath(gameId) + "/pgn");
    }

    /** Opens {@code gameId}'s live connection with the default options; it connects in the background. Close it when done. */
    public LiveGame live(String gameId, LiveGameListener listener) {
        return live(gameId, LiveGameOptions.DEFAULTS, listener);
    }

    /** Opens {@code gameId}'s live connection (WebSocket, SSE as fallback); it connects in the background. Close it when done. */
    public LiveGame live(String gameId, LiveGameOptions options, LiveGameListener listener) {
        return LiveGame.open(http, requireGameId(gameId), options, listener);
    }

    static Map<String, Object> moveBody(MoveCommand move) {
        return Map.of("uci", move.uci(), "moveId", move.moveId(), "ply", move.ply());
    }

    static String gamePath(String gameId) {
        return "v1/games/" + requireGameId(gameId);
    }

    private Reply<Game> command(String gameId, String action) {
        return http.call("POST", gamePath(gameId) + "/" + action, null, Game.class);
    }

    private static String requireGameId(String gameId) {
        if (gameId == null || !GAME_ID.matcher(gameId).matches()) throw new IllegalArgumentException("not a game id: '" + gameId + "'");
        return gameId;
    }
}
