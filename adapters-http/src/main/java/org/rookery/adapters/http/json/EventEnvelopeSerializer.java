package org.rookery.adapters.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.events.json.EventJson;

/**
 * The event envelope of API.md inside the HTTP adapter's Jackson pipeline: every event of every
 * WebSocket, SSE stream and event page is written by the shared event JSON ({@link EventJson}),
 * field by field, exactly as the log stores it and the bus carries it. Stateless, so thread-safe.
 */
final class EventEnvelopeSerializer extends StdSerializer<EventEnvelope> {
    private final EventJson events = new EventJson();

    EventEnvelopeSerializer() {
        super(EventEnvelope.class);
    }

    @Override
    public void serialize(EventEnvelope e, JsonGenerator g, SerializerProvider provider) throws IOException {
        events.write(e, g);
    }
}
