package org.rookery.events.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchEnvelope;

/**
 * The JSON of every event envelope, game and matchmaking, as docs/events' schemas define it:
 * what the event log stores, the bus carries and the WebSocket/SSE streams send. Writing streams
 * field by field; reading is strict (duplicate keys, missing or mistyped fields, unknown types
 * and versions are {@link UnreadableEventException}s). Thread-safe.
 */
public final class EventJson {
    private final JsonFactory factory;
    private final ObjectMapper reader;

    public EventJson() {
        this.factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.reader = new ObjectMapper(factory);
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

    /** A game event from its JSON (UTF-8). */
    public EventEnvelope readGameEvent(byte[] json) {
        return EventJsonReader.gameEvent(tree(json));
    }

    public EventEnvelope readGameEvent(String json) {
        return EventJsonReader.gameEvent(tree(json));
    }

    /** A matchmaking event from its JSON (UTF-8). */
    public MatchEnvelope readMatchEvent(byte[] json) {
        return EventJsonReader.matchEvent(tree(json));
    }

    public MatchEnvelope readMatchEvent(String json) {
        return EventJsonReader.matchEvent(tree(json));
    }

    private JsonNode tree(byte[] json) {
        try (JsonParser p = factory.createParser(json)) {
            return object(reader.readTree(p));
        } catch (IOException e) {
            throw new UnreadableEventException(UnreadableEventException.Reason.NOT_JSON, "not JSON: " + e.getMessage(), e);
        }
    }

    private JsonNode tree(String json) {
        try (JsonParser p = factory.createParser(json)) {
            return object(reader.readTree(p));
        } catch (IOException e) {
            throw new UnreadableEventException(UnreadableEventException.Reason.NOT_JSON, "not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode object(JsonNode node) {
        if (node == null || !node.isObject()) throw new UnreadableEventException(UnreadableEventException.Reason.NOT_JSON, "an event is a JSON object", null);
        return node;
    }
}
