package org.rookery.adapters.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * A minimal JSON codec for envelopes, for the adapter's tests until the shared event codec
 * exists: envelope fields plus the payload record as Jackson writes it; only schema version 1 is
 * known. Unreadable input raises {@link PoisonEventException}. Thread-safe.
 */
public final class TestEnvelopeCodec implements EnvelopeSerializer, EnvelopeDeserializer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<? extends GameEvent>> TYPES = Map.of(GameCreated.TYPE, GameCreated.class, PlayerJoined.TYPE, PlayerJoined.class,
            MovePlayed.TYPE, MovePlayed.class, DrawOffered.TYPE, DrawOffered.class, DrawDeclined.TYPE, DrawDeclined.class, GameEnded.TYPE, GameEnded.class,
            GameAborted.TYPE, GameAborted.class, MatchCreated.TYPE, MatchCreated.class);

    @Override
    public byte[] toBytes(EventEnvelope e) {
        ObjectNode node = JSON.createObjectNode().put("eventId", e.eventId()).put("type", e.type()).put("schemaVersion", e.schemaVersion())
                .put("gameId", e.gameId()).put("seq", e.seq()).put("occurredAt", e.occurredAt().toString()).put("correlationId", e.correlationId());
        node.set("payload", JSON.valueToTree(e.payload()));
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write " + e.eventId(), ex);
        }
    }

    @Override
    public EventEnvelope fromBytes(byte[] value) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (IOException ex) {
            throw new PoisonEventException(PoisonEventException.Reason.UNPARSEABLE, "not JSON: " + ex.getMessage(), ex);
        }
        if (node == null || !node.isObject()) throw new PoisonEventException(PoisonEventException.Reason.UNPARSEABLE, "not a JSON object");
        Class<? extends GameEvent> type = TYPES.get(node.path("type").asText());
        if (type == null) throw new PoisonEventException(PoisonEventException.Reason.UNKNOWN_TYPE, "unknown event type '" + node.path("type").asText() + "'");
        if (node.path("schemaVersion").asInt() != 1) {
            throw new PoisonEventException(PoisonEventException.Reason.UNKNOWN_SCHEMA_VERSION, "unknown schema version " + node.path("schemaVersion") + " of " + type.getSimpleName());
        }
        try {
            return EventEnvelope.of(node.path("eventId").asText(), node.path("gameId").asText(), node.path("seq").asLong(),
                    Instant.parse(node.path("occurredAt").asText()), node.path("correlationId").asText(), JSON.treeToValue(node.get("payload"), type));
        } catch (IOException | RuntimeException ex) {
            throw new PoisonEventException(PoisonEventException.Reason.UNPARSEABLE, "not a valid " + type.getSimpleName() + " envelope: " + ex.getMessage(), ex);
        }
    }
}
