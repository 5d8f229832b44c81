package org.rookery.client;

import java.lang.System.Logger.Level;

/** Calls the application's {@link LiveGameListener}, logging what it throws so that one faulty callback cannot stop the connection. Stateless beyond its delegate. */
final class GuardedListener implements LiveGameListener {
    private static final System.Logger LOG = System.getLogger(LiveGame.class.getName());
    private final LiveGameListener delegate;

    GuardedListener(LiveGameListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onStateChange(ConnectionState state, TransportKind transport) {
        guard(() -> delegate.onStateChange(state, transport));
    }

    @Override
    public void onSnapshot(Game game) {
        guard(() -> delegate.onSnapshot(game));
    }

    @Override
    public void onEvent(GameEvent event) {
        guard(() -> delegate.onEvent(event));
    }

    @Override
    public void onAck(MoveOutcome.Acknowledged ack) {
        guard(() -> delegate.onAck(ack));
    }

    @Override
    public void onError(ServerError error) {
        guard(() -> delegate.onError(error));
    }

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a LiveGameListener callback failed; the connection goes on", e);
        }
    }
}
