package org.rookery.client;

import java.util.Optional;

/**
 * Assembles Server-Sent Events from the lines of a {@code text/event-stream}: {@code id},
 * {@code event} and {@code data} fields up to a blank line; comments ignored. Not thread-safe:
 * one stream's lines arrive one at a time.
 */
final class SseEventReader {
    /** One dispatched event; {@code name} is {@code message} when the stream gave none. */
    record SseEvent(String id, String name, String data) {}

    private String id;
    private String name;
    private StringBuilder data;

    /** Takes one line (without its terminator); returns the event a blank line completes. */
    Optional<SseEvent> line(String line) {
        if (line.isEmpty()) return dispatch();
        if (line.startsWith(":")) return Optional.empty();
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) value = value.substring(1);
        switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> { } // "retry" and unknown fields: nothing this client needs
        }
        return Optional.empty();
    }

    private Optional<SseEvent> dispatch() {
        Optional<SseEvent> event = data == null ? Optional.empty()
                : Optional.of(new SseEvent(id, name == null || name.isEmpty() ? "message" : name, data.toString()));
        name = null;
        data = null; // the last id stays, as the SSE specification says
        return event;
    }
}
