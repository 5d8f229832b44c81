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

    /** Closes the connection without telling the listener. */
    void close();
}
