package org.rookery.adapters.http.websocket;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.rookery.adapters.http.json.GameRequests.MoveBody;
import org.rookery.adapters.http.json.SocketFrames.ClientFrame;
import org.rookery.adapters.http.json.SocketFrames;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.rookery.adapters.http.observability.Abuse;
import org.rookery.adapters.http.observability.RequestId;
import org.rookery.adapters.http.observability.RequestScope;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.problem.Rejections;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * Handles one connection's client frames: checks size, rate, encoding and JSON, then runs the
 * command on its use case. Every refusal is an error frame on the connection's outbox and the
 * connection stays open; only a sustained flood closes it (1008). A move is acknowledged once the
 * use case has made it durable. {@code resume} hands the stream restart to {@code resume}. Not
 * thread-safe: one connection's frames arrive on one thread.
 */
final class SocketCommands {
    private final SocketParts parts;
    private final SocketOutbox outbox;
    private final LongConsumer resume;
    private final String gameId;
    private final String user;
    private final String ip;
    private final RequestId connectionId;
    private final FrameBudget budget = new FrameBudget(40, 20, System.nanoTime());
    private boolean resumed;

    SocketCommands(SocketParts parts, SocketOutbox outbox, LongConsumer resume, String gameId, String user, String ip,
            RequestId connectionId) {
        this.parts = parts;
        this.outbox = outbox;
        this.resume = resume;
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
                error("rate_limited", "too many frames; slow down", null);
                return;
            }
            case REFUSE_SILENTLY -> {
                return;
            }
            case CLOSE -> {
                parts.abuse().record(Abuse.FRAME_FLOOD, () -> "WebSocket to game " + gameId + " from " + ip + " closed for flooding");
                outbox.close(1008, "flooding");
                return;
            }
        }
        int max = parts.settings().maxFrameBytes();
        if (text.length() > max) {
            error("payload_too_large", "a frame has at most " + max + " bytes", null);
            return;
        }
        // Helidon decodes text frames leniently, turning each invalid UTF-8 sequence (overlong forms,
        // surrogates, code points past U+10FFFF) into U+FFFD; the raw bytes never reach us. So a
        // decoded U+FFFD is refused: it almost always stands for bytes that were not UTF-8, and an id
        // made of them would silently be a different id. (A client that means U+FFFD writes \uFFFD.)
        if (text.indexOf('\uFFFD') >= 0) {
            error("invalid_request", "a text frame must be valid UTF-8", null);
            return;
        }
        ClientFrame frame;
        try {
            frame = parts.json().read(text, ClientFrame.class);
        } catch (ApiProblemException e) {
            error(e.code(), e.detail(), null);
            return;
        }
        try (Scope ignored = RequestScope.open(Context.root(), RequestScope.WEBSOCKET, correlation(frame))) {
            dispatch(frame);
        } catch (ApiProblemException e) {
            error(e.code(), e.detail(), frame.moveId());
        } catch (GameBusyException | StoreUnavailableException e) {
            ApiProblemException problem = ApiProblemException.ofRetryable(e);
            error(problem.code(), problem.detail(), frame.moveId());
        }
    }

    private void dispatch(ClientFrame frame) {
        String type = frame.type() == null ? "" : frame.type();
        switch (type) {
            case "ping" -> outbox.offerFrame(SocketFrames.Pong.INSTANCE);
            case "resume" -> resume(frame);
            case "move" -> move(frame);
            case "resign" -> command("resign", frame, actor -> parts.games().resign().resign(gameId, actor));
            case "drawOffer" -> command("draw_offer", frame, actor -> parts.games().draws().offerDraw(gameId, actor));
            case "drawAccept" -> command("draw_accept", frame, actor -> parts.games().draws().acceptDraw(gameId, actor));
            case "drawDecline" -> command("draw_decline", frame, actor -> parts.games().draws().declineDraw(gameId, actor));
            case "claimDraw" -> command("draw_claim", frame, actor -> parts.games().claims().claimDraw(gameId, actor));
            case "abort" -> command("abort", frame, actor -> parts.games().abort().abort(gameId, actor));
            default -> throw ApiProblemException.badRequest("unknown frame type '" + clip(type) + "'");
        }
    }

    private void resume(ClientFrame frame) {
        if (frame.lastSeq() == null || frame.lastSeq() < 0) throw ApiProblemException.badRequest("resume needs a non-negative 'lastSeq'");
        if (!resumed) {
            resumed = true; // a reconnect: the client was here before and carries on after its last seq
            parts.metrics().reconnected();
        }
        resume.accept(frame.lastSeq());
    }

    private void move(ClientFrame frame) {
        Actor actor = actor(frame);
        var request = new MoveBody(frame.uci(), frame.moveId(), frame.ply()).toRequest();
        Duration wait = parts.limits().waitFor(LimitedAction.MOVE, user, ip);
        if (wait != null) throw ApiProblemException.rateLimited("moves", wait);
        Outcome<MoveOutcome> outcome = parts.metrics().commands().observe("move", gameId, actor.correlationId(),
                () -> parts.games().play().move(gameId, actor, request));
        MoveOutcome played = Rejections.orThrow(outcome);
        outbox.offerFrame(new SocketFrames.Ack(request.moveId(), played.seq()));
    }

    private void command(String name, ClientFrame frame, Function<Actor, Outcome<GameView>> command) {
        Actor actor = actor(frame);
        Rejections.orThrow(parts.metrics().commands().observe(name, gameId, actor.correlationId(), () -> command.apply(actor)));
    }

    private Actor actor(ClientFrame frame) {
        if (user == null) throw ApiProblemException.unauthorized("connect with ?token=<bearer token> to play");
        return new Actor(user, correlation(frame));
    }

    private String correlation(ClientFrame frame) {
        return RequestId.isValid(frame.requestId()) ? frame.requestId() : connectionId.value();
    }

    private void error(String code, String message, String moveId) {
        outbox.offerFrame(SocketFrames.Error.of(code, message, moveId));
    }

    private static String clip(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "…";
    }
}
