package org.rookery.adapters.http.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.ComputerWireFormat;
import org.rookery.adapters.http.json.GameIds;
import org.rookery.adapters.http.json.GameRequests.CreateGameBody;
import org.rookery.adapters.http.json.GameRequests.MoveBody;
import org.rookery.adapters.http.json.GameWireFormat;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.observability.RequestIdFilter;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.problem.Rejections;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.BotChallenge;
import org.rookery.ports.in.ChallengeBotUseCase;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.answer.BotGame;

/**
 * The game routes of API.md ({@code /v1/games...}): create (against a person who joins, or
 * against the computer when the body names a bot opponent), join, move, resign, draws, abort,
 * read and PGN, each on its use case; rejections become problems through {@link Rejections}.
 * Commands need a bearer token; reads are open to spectators. Thread-safe.
 */
final class GamesRoutes implements HttpService {
    private final LiveGameApi games;
    private final Optional<ChallengeBotUseCase> bots;
    private final JsonExchange exchange;
    private final BearerAuthentication auth;
    private final RateLimits limits;
    private final HttpMetrics metrics;

    GamesRoutes(LiveGameApi games, Optional<ChallengeBotUseCase> bots, JsonExchange exchange, BearerAuthentication auth, RateLimits limits,
            HttpMetrics metrics) {
        this.games = games;
        this.bots = bots;
        this.exchange = exchange;
        this.auth = auth;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/games", this::create)
                .get("/v1/games/{gameId}", this::get)
                .get("/v1/games/{gameId}/pgn", this::pgn)
                .post("/v1/games/{gameId}/join", command("join", (id, actor) -> games.join().join(id, actor)))
                .post("/v1/games/{gameId}/moves", this::move)
                .post("/v1/games/{gameId}/resign", command("resign", (id, actor) -> games.resign().resign(id, actor)))
                .post("/v1/games/{gameId}/draw/offer", command("draw_offer", (id, actor) -> games.draws().offerDraw(id, actor)))
                .post("/v1/games/{gameId}/draw/accept", command("draw_accept", (id, actor) -> games.draws().acceptDraw(id, actor)))
                .post("/v1/games/{gameId}/draw/decline", command("draw_decline", (id, actor) -> games.draws().declineDraw(id, actor)))
                .post("/v1/games/{gameId}/draw/claim", command("draw_claim", (id, actor) -> games.claims().claimDraw(id, actor)))
                .post("/v1/games/{gameId}/abort", command("abort", (id, actor) -> games.abort().abort(id, actor)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        String user = auth.requireUser(req);
        CreateGameBody body = exchange.read(req, CreateGameBody.class);
        limits.check(LimitedAction.CREATE_GAME, user, JsonExchange.clientIp(req));
        if (body.opponent() != null) {
            challengeBot(req, res, user, body);
            return;
        }
        var setup = body.toSetup();
        Actor actor = actor(req, user);
        GameView game = counted("create", null, actor, () -> games.create().create(actor, setup));
        res.header(HeaderNames.LOCATION, "/v1/games/" + game.gameId());
        exchange.send(res, 201, GameWireFormat.game(game));
    }

    private void challengeBot(ServerRequest req, ServerResponse res, String user, CreateGameBody body) {
        BotChallenge challenge = body.toChallenge();
        ChallengeBotUseCase challenges = bots.orElseThrow(() -> ApiProblemException.badRequest("this server offers no computer opponents"));
        Actor actor = actor(req, user);
        BotGame game = counted("challenge_bot", null, actor, () -> challenges.challenge(actor, challenge));
        res.header(HeaderNames.LOCATION, "/v1/games/" + game.game().gameId());
        exchange.send(res, 201, ComputerWireFormat.botGame(game));
    }

    private void get(ServerRequest req, ServerResponse res) {
        auth.user(req, false);
        exchange.send(res, 200, GameWireFormat.game(Rejections.orThrow(games.games().game(gameId(req)))));
    }

    private void pgn(ServerRequest req, ServerResponse res) {
        auth.user(req, false);
        String pgn = Rejections.orThrow(games.games().pgn(gameId(req)));
        res.header(HeaderNames.CONTENT_TYPE, "application/x-chess-pgn");
        res.send(pgn);
    }

    private void move(ServerRequest req, ServerResponse res) {
        String user = auth.requireUser(req);
        String gameId = gameId(req);
        MoveBody body = exchange.read(req, MoveBody.class);
        limits.check(LimitedAction.MOVE, user, JsonExchange.clientIp(req));
        var request = body.toRequest();
        Actor actor = actor(req, user);
        var played = counted("move", gameId, actor, () -> games.play().move(gameId, actor, request));
        exchange.send(res, 200, GameWireFormat.move(played));
    }

    private io.helidon.webserver.http.Handler command(String name, BiFunction<String, Actor, Outcome<GameView>> command) {
        return (req, res) -> {
            String user = auth.requireUser(req);
            String gameId = gameId(req);
            Actor actor = actor(req, user);
            GameView game = counted(name, gameId, actor, () -> command.apply(gameId, actor));
            exchange.send(res, 200, GameWireFormat.game(game));
        };
    }

    /** Through the command observer, which REST and WebSocket share: counted, timed (moves), traced. */
    private <T> T counted(String command, String gameId, Actor actor, Supplier<Outcome<T>> run) {
        return Rejections.orThrow(metrics.commands().observe(command, gameId, actor.correlationId(), run));
    }

    private static String gameId(ServerRequest req) {
        return GameIds.require(req.path().pathParameters().get("gameId"));
    }

    private static Actor actor(ServerRequest req, String user) {
        return new Actor(user, RequestIdFilter.of(req).value());
    }
}
