package org.rookery.adapters.http;

import java.time.Duration;
import org.rookery.adapters.http.GameRequests.MoveBody;
import org.rookery.adapters.http.RateLimitSettings.Action;
import org.rookery.adapters.http.SocketFrames.ClientFrame;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;

/**
 * Handles one connection's client frames: checks size, rate and JSON, then runs the command on
 * its use case. Every refusal is an error frame and the connection stays open; only a sustained
 * flood closes it (1008). A move is acknowledged once the use case has made it durable. Not
 * thread-safe: one connection's frames arrive on one thread.
 */
final class SocketCommands {
    private final GameSocketEndpoint.Parts parts;
    private final GameSocket socket;
    private final String gameId;
    private final String user;
    private final String ip;
    private final RequestId connectionId;
    private final FrameBudget budget = new FrameBudget(40, 20, System.nanoTime());

    SocketCommands(GameSocketEndpoint.Parts parts, GameSocket socket, String gameId, String user, String ip, RequestId connectionId) {
        this.parts = parts;
        this.socket = socket;
        this.gameId = gameId;
        this.user = user;
        this.ip = ip;
        this.connectionId = connectionId;
    }

    void handle(String text) {
        parts.metrics().frameReceived();
        switch (budget.spend(System.nanoTime())) {
            case HANDLE -> {}
            case REFUSE_AND_TELL -> {
                socket.send(SocketFrames.Error.of("rate_limited", "too many frames; slow down", null));
                return;
            }
            case REFUSE_SILENTLY -> {
                return;
            }
            case CLOSE -> {
                socket.close(1008, "flooding");
                return;
            }
        }
        if (text.length() > parts.settings().maxFrameBytes()) {
            socket.send(SocketFrames.Error.of("payload_too_large", "a frame has at most " + parts.settings().maxFrameBytes() + " bytes", null));
            return;
        }
        ClientFrame frame;
        try {
            frame = parts.json().read(text, ClientFrame.class);
        } catch (ApiProblemException e) {
            socket.send(SocketFrames.Error.of(e.code(), e.detail(), null));
            return;
        }
        try {
            dispatch(frame);
        } catch (ApiProblemException e) {
            socket.send(SocketFrames.Error.of(e.code(), e.detail(), frame.moveId()));
        }
    }

    private void dispatch(ClientFrame frame) {
        String type = frame.type() == null ? "" : frame.type();
        switch (type) {
            case "ping" -> socket.send(SocketFrames.Pong.INSTANCE);
            case "resume" -> resume(frame);
            case "move" -> move(frame);
            case "resign" -> command("resign", frame, actor -> parts.games().resign().resign(gameId, actor));
            case "drawOffer" -> command("draw_offer", frame, actor -> parts.games().draws().offerDraw(gameId, actor));
            case "drawAccept" -> command("draw_accept", frame, actor -> parts.games().draws().acceptDraw(gameId, actor));
            case "drawDecline" -> command("draw_decline", frame, actor -> parts.games().draws().declineDraw(gameId, actor));
            case "claimDraw" -> command("draw_claim", frame, actor -> parts.games().claims().claimDraw(gameId, actor));
            case "abort" -> command("abort", frame, actor -> parts.games().abort().abort(gameId, actor));
            default -> throw ApiProblemException.badRequest("unknown frame type '" + type + "'");
        }
    }

    private void resume(ClientFrame frame) {
        if (frame.lastSeq() == null || frame.lastSeq() < 0) throw ApiProblemException.badRequest("resume needs a non-negative 'lastSeq'");
        socket.stream(frame.lastSeq());
    }

    private void move(ClientFrame frame) {
        Actor actor = actor(frame);
        var request = new MoveBody(frame.uci(), frame.moveId(), frame.ply()).toRequest();
        Duration wait = parts.limits().waitFor(Action.MOVE, user, ip);
        if (wait != null) throw new ApiProblemException(429, "rate_limited", "too many moves; retry in " + Math.max(1, wait.toMillis()) + " ms", wait);
        Outcome<MoveOutcome> outcome = parts.games().play().move(gameId, actor, request);
        parts.metrics().command("move", code(outcome));
        MoveOutcome played = Rejections.orThrow(outcome);
        socket.send(new SocketFrames.Ack(request.moveId(), played.seq()));
    }

    private void command(String name, ClientFrame frame, java.util.function.Function<Actor, Outcome<GameView>> command) {
        Outcome<GameView> outcome = command.apply(actor(frame));
        parts.metrics().command(name, code(outcome));
        Rejections.orThrow(outcome);
    }

    private Actor actor(ClientFrame frame) {
        if (user == null) throw ApiProblemException.unauthorized("connect with ?token=<bearer token> to play");
        String correlation = RequestId.isValid(frame.requestId()) ? frame.requestId() : connectionId.value();
        return new Actor(user, correlation);
    }

    private static String code(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> r ? r.reason().code() : "accepted";
    }
}
