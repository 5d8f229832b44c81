package org.rookery.client;

/**
 * Receives what a {@link LiveGame} connection sees. Every method has an empty default, so
 * implement only those you need. All calls for one live game come from its own connection thread,
 * one at a time and in order, so an implementation needs no locking of its own for state only it
 * touches; it must not block for long (hand slow work to another thread), and an exception it
 * throws is logged and otherwise ignored.
 */
public interface LiveGameListener {
    /** The connection changed state; {@code transport} is the one now open, or null when not {@link ConnectionState#OPEN}. */
    default void onStateChange(ConnectionState state, TransportKind transport) {}

    /**
     * The game as it stood when the connection first opened (its {@code seq} is where events
     * start). Not called again on reconnection: the events missed meanwhile are delivered instead.
     */
    default void onSnapshot(Game game) {}

    /** The next event: seq order, no gap, no duplicate, across reconnections and transports. */
    default void onEvent(GameEvent event) {}

    /** A move submitted to this live game is durable on the server. */
    default void onAck(MoveOutcome.Acknowledged ack) {}

    /** The server reported an error (a refused move carries its {@code moveId}); the connection stays open unless the error is final. */
    default void onError(ServerError error) {}
}
