package org.rookery.adapters.kafka;

import org.rookery.domain.event.EventEnvelope;
import org.rookery.events.json.EventJson;
import org.rookery.events.json.UnreadableEventException;

/**
 * The game-events records' values in the shared event JSON ({@link EventJson}); what it cannot
 * read is a {@link PoisonEventException} with the reason the dead-letter header carries. Thread-safe.
 */
public final class JsonEnvelopeCodec implements EnvelopeSerializer, EnvelopeDeserializer {
    private final EventJson json = new EventJson();

    @Override
    public byte[] toBytes(EventEnvelope envelope) {
        return json.toBytes(envelope);
    }

    @Override
    public EventEnvelope fromBytes(byte[] value) {
        try {
            return json.readGameEvent(value);
        } catch (UnreadableEventException e) {
            PoisonEventException.Reason reason = switch (e.reason()) {
                case NOT_JSON -> PoisonEventException.Reason.UNPARSEABLE;
                case UNKNOWN_TYPE -> PoisonEventException.Reason.UNKNOWN_TYPE;
                case UNKNOWN_SCHEMA_VERSION -> PoisonEventException.Reason.UNKNOWN_SCHEMA_VERSION;
                case INVALID -> PoisonEventException.Reason.INVALID;
            };
            throw new PoisonEventException(reason, e.getMessage(), e);
        }
    }
}
