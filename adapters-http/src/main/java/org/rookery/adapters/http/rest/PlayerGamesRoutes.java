package org.rookery.adapters.http.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.ArchiveCursors;
import org.rookery.adapters.http.json.HistoryWireFormat;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.usecase.HistoryApi;
import org.rookery.ports.in.InvalidArchiveQueryException;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.PlayerGamesQuery;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;

/**
 * A player's finished games, open to everyone (a token, if sent, must be valid) and limited per IP:
 * {@code GET /v1/players/{userId}/games?result=&timeControl=&limit=&cursor=} (a page, newest first,
 * with the link to the next one) and {@code GET /v1/players/{userId}/games.pgn?result=&timeControl=}
 * (every game, newest first, as one PGN file written while the archive is read page by page, in
 * chunks: never the whole file in memory). Thread-safe.
 */
final class PlayerGamesRoutes implements HttpService {
    static final int DEFAULT_LIMIT = 20;
    private static final System.Logger LOG = System.getLogger(PlayerGamesRoutes.class.getName());
    private final HistoryApi history;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;

    PlayerGamesRoutes(HistoryApi history, JsonExchange exchange, BearerAuthentication auth, RateLimits limits) {
        this.history = history;
        this.exchange = exchange;
        this.auth = auth;
        this.limits = limits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/v1/players/{userId}/games", this::page).get("/v1/players/{userId}/games.pgn", this::download);
    }

    private void page(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, false).orElse(null);
        String playerId = req.path().pathParameters().get("userId");
        ArchiveParameters.Filters filters = ArchiveParameters.read(req);
        long limit = QueryParameters.number(req, "limit", DEFAULT_LIMIT);
        Optional<ArchivePosition> after = req.query().first("cursor").asOptional().map(ArchiveCursors::decode);
        PlayerGamesQuery query = query(playerId, filters, after, limit);
        limits.check(LimitedAction.READ_HISTORY, user, JsonExchange.clientIp(req));
        exchange.send(res, 200, HistoryWireFormat.page(history.games().playerGames(query), query.limit(), filters.query()));
    }

    private void download(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, false).orElse(null);
        String playerId = req.path().pathParameters().get("userId");
        ArchiveParameters.Filters filters = ArchiveParameters.read(req);
        query(playerId, filters, Optional.empty(), 1); // checks the user id as a page would
        limits.check(LimitedAction.READ_HISTORY, user, JsonExchange.clientIp(req));
        Iterator<ArchivedGame> games = history.export().exportGames(playerId, filters.filter()).iterator();
        games.hasNext(); // the first page is read before answering: a store that is down is still a 503 problem
        res.header(HeaderNames.CONTENT_TYPE, "application/x-chess-pgn");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(playerId) + "\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(res.outputStream(), StandardCharsets.UTF_8), 32 * 1024)) {
            for (boolean first = true; games.hasNext(); first = false) {
                if (!first) out.write('\n');
                out.write(games.next().pgn());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CloseConnectionException("the client went away in the middle of a PGN download", e);
        } catch (RuntimeException e) {
            // the headers are out: cut the connection before the last chunk, so the client sees an incomplete download
            LOG.log(Level.WARNING, "PGN download of " + playerId + "'s games failed half-way; the connection is cut", e);
            throw new CloseConnectionException("the PGN download failed half-way", e);
        }
    }

    private static PlayerGamesQuery query(String playerId, ArchiveParameters.Filters filters, Optional<ArchivePosition> after, long limit) {
        if (limit < 1 || limit > PlayerGamesQuery.MAX_LIMIT) {
            throw ApiProblemException.badRequest("query parameter 'limit' must be between 1 and " + PlayerGamesQuery.MAX_LIMIT + ", got " + limit);
        }
        try {
            return new PlayerGamesQuery(playerId, filters.filter(), after, (int) limit);
        } catch (InvalidArchiveQueryException e) {
            throw ApiProblemException.badRequest(e.getMessage());
        }
    }

    /** A file name made of the user id's safe characters. */
    static String fileName(String playerId) {
        String safe = playerId.replaceAll("[^A-Za-z0-9._-]", "_");
        return "rookery-" + (safe.length() > 64 ? safe.substring(0, 64) : safe) + "-games.pgn";
    }
}
