package org.rookery.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.rookery.adapters.http.RateLimitSettings.Action;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.game.GameView;

/**
 * {@code POST /v1/games/{gameId}/moves/validate}: says whether a UCI move is legal in the game's
 * current position, without playing it (a client's premove check). Rate limited as
 * {@code validate}. Thread-safe.
 */
public final class MoveValidationService implements HttpService {
    /** The body: the move to check. */
    public record ValidateBody(String uci) {}

    /** The answer: legal or not, and if legal its SAN and the position after it. */
    public record ValidationJson(boolean legal, String uci, String san, String fen, String reason) {}

    private final LiveGameApi games;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;

    public MoveValidationService(LiveGameApi games, JsonExchange exchange, BearerAuthentication auth, RateLimits limits) {
        this.games = games;
        this.exchange = exchange;
        this.auth = auth;
        this.limits = limits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/games/{gameId}/moves/validate", this::validate);
    }

    private void validate(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, false).orElse(null);
        String gameId = GameIds.require(req.path().pathParameters().get("gameId"));
        ValidateBody body = exchange.read(req, ValidateBody.class);
        if (body.uci() == null) throw ApiProblemException.badRequest("field 'uci' is required");
        limits.check(Action.VALIDATE, user, JsonExchange.clientIp(req));
        GameView game = Rejections.orThrow(games.games().game(gameId));
        Position position = Position.fromFen(game.fen());
        try {
            int move = Uci.parse(position, body.uci());
            String san = San.format(position, move);
            position.makeMove(move);
            exchange.send(res, 200, new ValidationJson(true, body.uci(), san, position.toFen(), null));
        } catch (IllegalMoveException e) {
            exchange.send(res, 200, new ValidationJson(false, body.uci(), null, null, e.reason().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
