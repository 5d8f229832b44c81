package org.rookery.adapters.http;

import com.fasterxml.jackson.annotation.JsonValue;
import org.rookery.domain.event.EventEnvelope;

/**
 * A bridge for {@link EventEnvelopeSerializerTest}, which still names the WebSocket frames by their
 * old place in this package: the event frame it builds is the real one of
 * {@code org.rookery.adapters.http.json.SocketFrames}. Delete this with that test. Stateless.
 */
final class SocketFrames {
    private SocketFrames() {}

    /** Writes itself as the real event frame. */
    static final class Event {
        private final org.rookery.adapters.http.json.SocketFrames.Event frame;

        Event(EventEnvelope envelope) {
            this.frame = new org.rookery.adapters.http.json.SocketFrames.Event(envelope);
        }

        @JsonValue
        org.rookery.adapters.http.json.SocketFrames.Event frame() {
            return frame;
        }
    }
}
