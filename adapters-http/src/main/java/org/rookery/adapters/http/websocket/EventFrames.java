package org.rookery.adapters.http.websocket;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.json.SocketFrames;
import org.rookery.domain.event.EventEnvelope;

/**
 * The JSON text of event frames, rendered once per event however many connections watch the
 * game: the first writer renders, the others reuse. A small direct-mapped cache (a slot per hash
 * of the event id, overwritten by later events): an event's connections all write it within
 * moments, so the cache need only hold the last few hundred milliseconds' events, and entries die
 * young instead of piling into the old generation (which made the collector's pauses long under
 * load). Two writers that miss at the same moment both render; the texts are equal. Thread-safe.
 */
final class EventFrames {
    private static final int SLOTS = 1 << 10;
    private final AtomicReferenceArray<Rendered> slots = new AtomicReferenceArray<>(SLOTS);
    private final Json json;

    private record Rendered(String eventId, String text) {}

    EventFrames(Json json) {
        this.json = json;
    }

    String frame(EventEnvelope event) {
        int slot = event.eventId().hashCode() & (SLOTS - 1);
        Rendered cached = slots.get(slot);
        if (cached != null && cached.eventId().equals(event.eventId())) return cached.text();
        String text = json.writeString(new SocketFrames.Event(event));
        slots.set(slot, new Rendered(event.eventId(), text));
        return text;
    }
}
