package org.rookery.client;

/** What a transport receives from the server, whichever transport it is. Immutable. */
sealed interface ServerFrame {
    record Snapshot(long seq, Game game) implements ServerFrame {}

    record Event(GameEvent event) implements ServerFrame {}

    record Ack(String moveId, long seq) implements ServerFrame {}

    record Error(ServerError error) implements ServerFrame {}

    /** A frame this client does not need (a pong, or a type a newer server added). */
    record Ignored(String type) implements ServerFrame {}
}
