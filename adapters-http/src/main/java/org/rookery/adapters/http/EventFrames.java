package org.rookery.adapters.http;

import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.event.EventEnvelope;

/**
 * The JSON text of event frames, rendered once per event however many connections watch the
 * game: the first writer renders, the others wait for it and reuse. Bounded: the cache is dropped whole when it
 * grows past its size (recent events are rendered again at worst). Thread-safe.
 */
final class EventFrames {
    private static final int MAX_ENTRIES = 4_096;
    private final ConcurrentHashMap<String, String> rendered = new ConcurrentHashMap<>();
    private final Json json;

    EventFrames(Json json) {
        this.json = json;
    }

    String frame(EventEnvelope event) {
        String text = rendered.get(event.eventId());
        if (text != null) return text;
        if (rendered.size() >= MAX_ENTRIES) rendered.clear();
        // computeIfAbsent: the writers of a game's connections run at the same moment, and only one renders
        return rendered.computeIfAbsent(event.eventId(), id -> json.writeString(new SocketFrames.Event(event)));
    }
}
