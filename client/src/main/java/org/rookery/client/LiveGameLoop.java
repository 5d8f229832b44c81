package org.rookery.client;

import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;

/**
 * The connection logic of a {@link LiveGame}, run on its single connection thread: opens a
 * transport, reconnects with backoff when it is lost (resuming after the last event delivered),
 * orders and filters events through the {@link EventSequencer}, sends the queued moves on every
 * new connection and routes their answers. Each attempt has a generation number; whatever an
 * older attempt still reports is ignored. Not thread-safe: every method runs on the connection
 * thread.
 */
final class LiveGameLoop {
    private static final System.Logger LOG = System.getLogger(LiveGame.class.getName());
    private final LiveGame.Parts parts;
    private final LiveGameListener listener;
    private final EventSequencer sequencer;
    private final ReconnectPlan plan;
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
        this.plan = new ReconnectPlan(parts.options().backoff(), parts.options().fallbackAfterFailures(), new java.util.SplittableRandom());
    }

    void connect() {
        if (closed) return;
        retry = null;
        attemptKind = plan.next();
        int attempt = ++generation;
        TransportListener events = new AttemptListener(attempt);
        String requestId = parts.http().nextRequestId();
        Long after = sequencer.hasBaseline() ? sequencer.lastSeq() : null;
        if (attemptKind == TransportKind.WEBSOCKET) {
            WebSocketTransport.open(parts.http(), parts.gameId(), requestId, parts.options().connectTimeout(), events);
        } else {
            SseTransport.open(parts.http(), parts.gameId(), after, requestId, parts.options().connectTimeout(), events);
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
        if (retry != null) retry.cancel(false);
        if (current != null) current.close();
        current = null;
        parts.queue().abandonAll();
        parts.status().set(ConnectionState.CLOSED, null, listener);
    }

    private void opened(int attempt, Transport transport) {
        System.err.println("DEBUG opened " + attempt + "/" + generation + " " + transport.kind());
        if (attempt != generation || closed) {
            transport.close();
            return;
        }
        current = transport;
        everOpened = true;
        plan.opened(transport.kind());
        parts.status().set(ConnectionState.OPEN, transport.kind(), listener);
        if (sequencer.hasBaseline() && transport.kind() == TransportKind.WEBSOCKET) transport.resume(sequencer.lastSeq());
        sequencer.resumeAsked(); // SSE resumed through Last-Event-ID already
        sendQueued();
    }

    private void frame(int attempt, ServerFrame frame) {
        System.err.println("DEBUG frame " + attempt + "/" + generation + " " + frame);
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

    private void ended(int attempt, boolean permanent, String why) {
        System.err.println("DEBUG ended " + attempt + "/" + generation + " " + permanent + " " + why);
        if (attempt != generation || closed) return;
        boolean wasOpen = current != null;
        current = null;
        LOG.log(Level.DEBUG, "live game " + parts.gameId() + ": " + attemptKind + " " + why);
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

    /** Hands one attempt's reports to the connection thread, tagged with the attempt's generation. */
    private final class AttemptListener implements TransportListener {
        private final int attempt;

        AttemptListener(int attempt) {
            this.attempt = attempt;
        }

        @Override
        public void opened(Transport transport) {
            parts.post(() -> LiveGameLoop.this.opened(attempt, transport), transport::close);
        }

        @Override
        public void frame(ServerFrame frame) {
            parts.post(() -> LiveGameLoop.this.frame(attempt, frame), () -> { });
        }

        @Override
        public void ended(boolean permanent, String why) {
            parts.post(() -> LiveGameLoop.this.ended(attempt, permanent, why), () -> { });
        }
    }
}
