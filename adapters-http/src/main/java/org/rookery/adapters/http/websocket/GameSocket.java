package org.rookery.adapters.http.websocket;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.json.GameIds;
import org.rookery.adapters.http.json.GameWireFormat;
import org.rookery.adapters.http.json.SocketFrames;
import org.rookery.adapters.http.observability.RequestId;
import org.rookery.adapters.http.observability.RequestIdFilter;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.out.StoreUnavailableException;
import org.rookery.ports.out.Subscription;

/**
 * One WebSocket connection to one game: on open a snapshot, then the game's events in seq order
 * through the connection's {@link SocketOutbox}; client frames are handled by
 * {@link SocketCommands}. {@code resume} restarts the event stream after the client's last seq.
 * Helidon calls the listener methods of one connection on one thread; the keep-alive watcher
 * reads the timestamps, which are volatile.
 */
final class GameSocket implements WsListener, WatchedConnection {
    static final String PATH_PREFIX = "/ws/games/";
    private static final System.Logger LOG = System.getLogger(GameSocket.class.getName());
    private final SocketParts parts;
    private final MessageAssembler message;
    private volatile long lastHeard = System.nanoTime();
    private volatile long lastPing = System.nanoTime();
    private String gameId;
    private String user;
    private ApiProblemException refusal;
    private RequestId requestId;
    private WsSession session;
    private SocketOutbox outbox;
    private SocketCommands commands;
    private volatile Subscription subscription;
    private final AtomicBoolean finished = new AtomicBoolean();

    GameSocket(SocketParts parts) {
        this.parts = parts;
        this.message = new MessageAssembler(parts.settings().maxFrameBytes());
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        gameId = prologue.uriPath().path().substring(PATH_PREFIX.length());
        requestId = RequestId.fromHeader(headers.first(RequestIdFilter.HEADER).orElse(null));
        try {
            user = BearerAuthentication.token(headers.first(HeaderNames.AUTHORIZATION).orElse(null),
                    prologue.query().first("token").orElse(null)).map(parts.auth()::verify).orElse(null);
        } catch (ApiProblemException e) {
            refusal = e;
        }
        return Optional.empty();
    }

    @Override
    public void onOpen(WsSession session) {
        this.session = session;
        parts.metrics().socketOpened();
        String ip = session.socketContext().remotePeer().address() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : session.socketContext().remotePeer().host();
        outbox = new SocketOutbox(session, parts.json(), parts.eventFrames(), parts.metrics(), parts.settings().queueCapacity());
        parts.keepAlive().add(this);
        if (refusal != null) {
            refuse(4401, refusal.code(), refusal.detail());
            return;
        }
        try {
            Outcome<GameView> game = GameIds.isPlausible(gameId) ? parts.games().games().game(gameId) : null;
            if (!(game instanceof Outcome.Accepted<GameView>(GameView view))) {
                refuse(4404, "game_not_found", "no game has id " + gameId);
                return;
            }
            commands = new SocketCommands(parts, outbox, this::stream, gameId, user, ip, requestId);
            outbox.offerFrame(new SocketFrames.Snapshot(view.seq(), GameWireFormat.game(view)));
            stream(view.seq());
        } catch (GameBusyException | StoreUnavailableException e) {
            // not Helidon's 1011 with the exception's message (which may name a store's host) as the reason
            ApiProblemException problem = ApiProblemException.ofRetryable(e);
            refuse(WsCloseCodes.TRY_AGAIN_LATER, problem.code(), problem.detail());
        }
    }

    /** (Re)starts the event stream after {@code afterSeq}, replacing the current one. */
    private void stream(long afterSeq) {
        if (subscription != null) subscription.close();
        int generation = outbox.restart(afterSeq);
        try {
            Outcome<Subscription> watched =
                    parts.games().watch().watch(gameId, afterSeq, e -> outbox.offerEvent(generation, e));
            subscription = watched instanceof Outcome.Accepted<Subscription>(Subscription s) ? s : null;
            if (subscription == null) outbox.offerFrame(SocketFrames.Error.of("game_not_found", "no game has id " + gameId, null));
        } finally {
            outbox.caughtUp();
        }
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        heard();
        if (commands == null) return;
        String whole = message.add(text, last);
        if (whole != null) handle(whole);
    }

    private void handle(String frame) {
        outbox.beginInline();
        try {
            commands.handle(frame);
        } finally {
            outbox.endInline();
        }
    }

    @Override
    public void onMessage(WsSession session, BufferData buffer, boolean last) {
        heard();
        if (last) outbox.offerFrame(SocketFrames.Error.of("invalid_request", "send JSON text frames, not binary ones", null));
    }

    @Override
    public void onPong(WsSession session, BufferData buffer) {
        heard();
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        heard();
        byte[] payload = new byte[buffer.available()];
        buffer.read(payload);
        outbox.pong(BufferData.create(payload)); // a copy: Helidon reuses the frame's buffer
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        closed();
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        closed();
    }

    @Override
    public void ping(long now) {
        lastPing = now;
        outbox.ping();
    }

    @Override
    public void cut(String why) {
        LOG.log(System.Logger.Level.DEBUG, "dropping a WebSocket to game " + gameId + ": " + why);
        outbox.abandon();
        // Closing the socket fails the connection's blocked read, so Helidon ends it at once; it calls
        // no listener method then, hence closed() here.
        if (session != null && session.socketContext() instanceof ConnectionContext connection) {
            try {
                connection.serverSocket().close();
            } catch (RuntimeException alreadyGone) {
                LOG.log(System.Logger.Level.TRACE, "the socket was already closed", alreadyGone);
            }
        }
        closed();
    }

    @Override
    public boolean runsOn(WsSession other) {
        return session == other;
    }

    @Override
    public long lastHeardNanos() {
        return lastHeard;
    }

    @Override
    public long lastPingNanos() {
        return lastPing;
    }

    @Override
    public boolean closing() {
        return outbox != null && outbox.closeSent();
    }

    @Override
    public long closingSinceNanos() {
        return outbox.closeSentNanos();
    }

    private void refuse(int closeCode, String code, String message) {
        outbox.offerFrame(SocketFrames.Error.of(code, message, null));
        outbox.close(closeCode, code);
    }

    private void heard() {
        lastHeard = System.nanoTime();
    }

    private void closed() {
        if (!finished.compareAndSet(false, true)) return;
        Subscription s = subscription;
        subscription = null;
        if (s != null) s.close();
        if (outbox != null) outbox.abandon();
        parts.keepAlive().remove(this);
        if (session != null) parts.metrics().socketClosed();
    }
}
