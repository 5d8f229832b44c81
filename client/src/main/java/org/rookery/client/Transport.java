package org.rookery.client;

/**
 * One open connection to a game's live stream (a WebSocket, or an SSE stream with REST calls for
 * moves). Its {@link TransportListener} hears frames and, once, the end. Called from the live
 * game's connection thread only.
 */
interface Transport {
    TransportKind kind();

    /** Sends the move; its answer comes back as an ack or error frame. */
    void send(MoveCommand move, String requestId);

    /** Asks for every event after {@code lastSeq} again (a WebSocket {@code resume}; SSE resumes by reconnecting). */
    void resume(long lastSeq);

    /** How long this transport may stay silent before it counts as dead, given the client's {@code heartbeat}. */
    java.time.Duration silenceLimit(java.time.Duration heartbeat);

    /** Asks the server for a sign of life, if the transport can. */
    void ping();

    /** When the server was last heard from ({@link System#nanoTime()}). */
    long lastHeardNanos();

    /** Closes the connection without telling the listener. */
    void close();
}
