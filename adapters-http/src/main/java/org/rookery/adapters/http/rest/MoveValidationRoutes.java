package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.GameIds;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.problem.Rejections;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.ValidateMoveUseCase;
import org.rookery.ports.in.answer.MoveValidation;

/**
 * {@code POST /v1/games/{gameId}/moves/validate}: says whether a UCI move is legal in the game's
 * current position, without playing it (a client's premove check), by asking
 * {@link ValidateMoveUseCase}. Rate limited as {@code validate}. Thread-safe.
 */
final class MoveValidationRoutes implements HttpService {
    /** The body: the move to check. */
    record ValidateBody(String uci) {}

    /** The answer: legal or not, and if legal its SAN and the position after it. */
    record ValidationJson(boolean legal, String uci, String san, String fen, String reason) {}

    private final ValidateMoveUseCase validation;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;

    MoveValidationRoutes(ValidateMoveUseCase validation, JsonExchange exchange, BearerAuthentication auth, RateLimits limits) {
        this.validation = validation;
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
        limits.check(LimitedAction.VALIDATE, user, JsonExchange.clientIp(req));
        exchange.send(res, 200, switch (Rejections.orThrow(validation.validate(gameId, body.uci()))) {
            case MoveValidation.Legal(String uci, String san, String fen) -> new ValidationJson(true, uci, san, fen, null);
            case MoveValidation.Illegal(String uci, var reason) -> new ValidationJson(false, uci, null, null, reason.name().toLowerCase(Locale.ROOT));
        });
    }
}
