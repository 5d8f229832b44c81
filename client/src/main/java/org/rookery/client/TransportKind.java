package org.rookery.client;

/** How a {@link LiveGame} reaches the server: the WebSocket, or Server-Sent Events plus REST calls when the WebSocket cannot connect. Immutable. */
public enum TransportKind {
    WEBSOCKET,
    SSE
}
