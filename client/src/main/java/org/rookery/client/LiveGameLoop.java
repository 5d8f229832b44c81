package org.rookery.client;

import java.lang.System.Logger.Level;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledFuture;

/**
 * The connection logic of a {@link LiveGame}, run on its single connection thread: opens a
 * transport, reconnects with backoff when it is lost or falls silent (resuming after the last
 * event delivered), filters events through the {@link EventSequencer}, sends the queued moves on
 * every new connection and routes their answers. Each attempt has a generation number; whatever
 * an older attempt still reports is ignored. Not thread-safe: every method runs on the connection
 * thread.
 */
final class LiveGameLoop {
    private static final System.Logger LOG = System.getLogger(LiveGame.class.getName());
    private final LiveGame.Parts parts;
    private final LiveGameListener listener;
    private final EventSequencer sequencer;
    private final ReconnectPlan plan;
    private final Heartbeat heartbeat;
    private int generation;
    private TransportKind attemptKind;
    private Transport current;
    private ScheduledFuture<?> retry;
    private boolean everOpened;
    private boolean closed;

    LiveGameLoop(LiveGame.Parts parts) {
        this.parts = parts;
        this.listener = new GuardedListener(parts.listener());
        this.sequencer = new EventSequencer(parts.options().resumeAfterSeq());
        this.plan = new ReconnectPlan(parts.options().backoff(), parts.options().fallbackAfterFailures(), new SplittableRandom());
        this.heartbeat = new Heartbeat(parts.thread(), parts.options().heartbeat());
    }

    void connect() {
        if (closed) return;
        retry = null;
        attemptKind = plan.next();
        AttemptReports reports = new AttemptReports(this, ++generation, parts.thread());
        String requestId = parts.http().nextRequestId();
        if (attemptKind == TransportKind.WEBSOCKET) {
            WebSocketTransport.open(parts.http(), parts.gameId(), requestId, parts.options().connectTimeout(), reports);
        } else {
            Long after = sequencer.hasBaseline() ? sequencer.lastSeq() : null;
            SseTransport.open(parts.http(), parts.gameId(), after, requestId, parts.options().connectTimeout(), reports);
        }
    }

    /** Sends every queued move not yet sent on the current connection, oldest first. */
    void sendQueued() {
        if (current == null) return;
        for (MoveQueue.Entry entry : parts.queue().waiting()) {
            if (entry.sentOn == generation) continue;
            entry.sentOn = generation;
            current.send(entry.move, entry.requestId);
        }
    }

    void close() {
        if (closed) return;
        closed = true;
        generation++;
        heartbeat.stop();
        if (retry != null) retry.cancel(false);
        if (current != null) current.close();
        current = null;
        parts.queue().abandonAll();
        parts.status().set(ConnectionState.CLOSED, null, listener);
    }

    void opened(int attempt, Transport transport) {
        if (attempt != generation || closed) {
            transport.close();
            return;
        }
        current = transport;
        everOpened = true;
        plan.opened(transport.kind());
        parts.status().set(ConnectionState.OPEN, transport.kind(), listener);
        if (sequencer.hasBaseline() && transport.kind() == TransportKind.WEBSOCKET) transport.resume(sequencer.lastSeq());
        sequencer.resumeAsked(); // an SSE stream resumed through Last-Event-ID already
        heartbeat.start(transport, () -> {
            transport.close();
            ended(attempt, false, "silent for too long");
        });
        sendQueued();
    }

    void frame(int attempt, ServerFrame frame) {
        if (attempt != generation || closed) return;
        switch (frame) {
            case ServerFrame.Snapshot s -> {
                if (sequencer.hasBaseline()) return; // a reconnection: the resume brings what was missed
                sequencer.baseline(s.seq());
                parts.status().lastSeq(s.seq());
                listener.onSnapshot(s.game());
            }
            case ServerFrame.Event e -> event(e.event());
            case ServerFrame.Ack a -> parts.queue().remove(a.moveId()).ifPresent(entry -> {
                MoveOutcome.Acknowledged ack = new MoveOutcome.Acknowledged(a.moveId(), a.seq());
                listener.onAck(ack); // the listener first, so that whoever waits on the future sees it heard
                entry.outcome.complete(ack);
            });
            case ServerFrame.Error e -> error(e.error());
            case ServerFrame.Ignored ignored -> { }
        }
    }

    void ended(int attempt, boolean permanent, String why) {
        if (attempt != generation || closed) return;
        boolean wasOpen = current != null;
        current = null;
        heartbeat.stop();
        LOG.log(Level.DEBUG, () -> "live game " + parts.gameId() + ": " + attemptKind + " " + why);
        if (permanent) {
            close();
            parts.thread().stop();
            return;
        }
        if (wasOpen) plan.lost();
        else plan.failed(attemptKind);
        parts.status().set(everOpened ? ConnectionState.RECONNECTING : ConnectionState.CONNECTING, null, listener);
        retry = parts.thread().schedule(this::connect, plan.delay());
    }

    private void event(GameEvent event) {
        switch (sequencer.offer(event.seq())) {
            case DELIVER -> {
                parts.status().lastSeq(event.seq());
                listener.onEvent(event);
            }
            case DUPLICATE -> { }
            case GAP -> {
                if (current != null && sequencer.shouldAskResume()) current.resume(sequencer.lastSeq());
            }
        }
    }

    private void error(ServerError error) {
        if ("too_far_behind".equals(error.code()) && current != null && sequencer.shouldAskResume()) current.resume(sequencer.lastSeq());
        listener.onError(error);
        if (error.moveId() != null) {
            parts.queue().remove(error.moveId()).ifPresent(entry -> entry.outcome.complete(new MoveOutcome.Refused(error.moveId(), error)));
        }
    }
}
