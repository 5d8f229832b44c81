package org.rookery.events.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchEnvelope;

/**
 * The JSON of every event envelope, game and matchmaking, as docs/events' schemas define it:
 * what the event log stores, the bus carries and the WebSocket/SSE streams send. Writing streams
 * field by field, always in the current version of each schema; reading brings an event written
 * under an older version up to date through the {@link EventUpcasters}, then reads it strictly
 * (duplicate keys, missing or mistyped fields, unknown types and versions are
 * {@link UnreadableEventException}s; fields it does not know are ignored). Thread-safe.
 */
public final class EventJson {
    private final JsonFactory factory;
    private final ObjectMapper reader;
    private final EventUpcasters upcasters;

    /** Reads with the upcasters this build ships ({@link EventUpcasters#standard()}). */
    public EventJson() {
        this(EventUpcasters.standard());
    }

    public EventJson(EventUpcasters upcasters) {
        this.factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.reader = new ObjectMapper(factory);
        this.upcasters = upcasters;
    }

    /** Writes the envelope into a generator (an HTTP adapter's own Jackson pipeline). */
    public void write(EventEnvelope event, JsonGenerator into) throws IOException {
        EventJsonWriter.write(event, into);
    }

    public byte[] toBytes(EventEnvelope event) {
        return bytes(g -> EventJsonWriter.write(event, g));
    }

    public String toJson(EventEnvelope event) {
        return text(g -> EventJsonWriter.write(event, g));
    }

    public byte[] toBytes(MatchEnvelope event) {
        return bytes(g -> EventJsonWriter.write(event, g));
    }

    public String toJson(MatchEnvelope event) {
        return text(g -> EventJsonWriter.write(event, g));
    }

    /** One envelope's writing into a generator. */
    @FunctionalInterface
    private interface Writing {
        void into(JsonGenerator g) throws IOException;
    }

    private byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(out)) {
            writing.into(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String text(Writing writing) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = factory.createGenerator(out)) {
            writing.into(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A game event from its JSON (UTF-8), written under any version of its schema. */
    public EventEnvelope readGameEvent(byte[] json) {
        return gameEvent(tree(json));
    }

    public EventEnvelope readGameEvent(String json) {
        return gameEvent(tree(json));
    }

    /** A matchmaking event from its JSON (UTF-8), written under any version of its schema. */
    public MatchEnvelope readMatchEvent(byte[] json) {
        return matchEvent(tree(json));
    }

    public MatchEnvelope readMatchEvent(String json) {
        return matchEvent(tree(json));
    }

    private EventEnvelope gameEvent(ObjectNode envelope) {
        upcasters.bringUpToDate(envelope, EventJsonReader::currentGameEventVersion);
        return EventJsonReader.gameEvent(envelope);
    }

    private MatchEnvelope matchEvent(ObjectNode envelope) {
        upcasters.bringUpToDate(envelope, EventJsonReader::currentMatchEventVersion);
        return EventJsonReader.matchEvent(envelope);
    }

    private ObjectNode tree(byte[] json) {
        try (JsonParser p = factory.createParser(json)) {
            return object(reader.readTree(p));
        } catch (IOException e) {
            throw new UnreadableEventException(UnreadableEventException.Reason.NOT_JSON, "not JSON: " + e.getMessage(), e);
        }
    }

    private ObjectNode tree(String json) {
        try (JsonParser p = factory.createParser(json)) {
            return object(reader.readTree(p));
        } catch (IOException e) {
            throw new UnreadableEventException(UnreadableEventException.Reason.NOT_JSON, "not JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode object(JsonNode node) {
        if (node == null || !node.isObject()) throw new UnreadableEventException(UnreadableEventException.Reason.NOT_JSON, "an event is a JSON object", null);
        return (ObjectNode) node;
    }
}
