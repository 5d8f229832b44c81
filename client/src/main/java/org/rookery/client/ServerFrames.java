package org.rookery.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads the server's WebSocket frames (API.md) into {@link ServerFrame}s. Thread-safe. */
final class ServerFrames {
    private final JsonCodec json;

    ServerFrames(JsonCodec json) {
        this.json = json;
    }

    /** The frame in {@code text}; throws {@link JsonProcessingException} if it is not a frame this client can read. */
    ServerFrame read(String text) throws JsonProcessingException {
        JsonNode frame = json.tree(text);
        String type = frame.path("type").asText("");
        return switch (type) {
            case "snapshot" -> new ServerFrame.Snapshot(frame.path("seq").asLong(), json.convert(frame.get("game"), Game.class));
            case "event" -> new ServerFrame.Event(json.convert(frame.get("event"), GameEvent.class));
            case "ack" -> new ServerFrame.Ack(frame.path("moveId").asText(), frame.path("seq").asLong());
            case "error" -> new ServerFrame.Error(error(frame));
            default -> new ServerFrame.Ignored(type);
        };
    }

    /** An error object, as the WebSocket sends it and as SSE's {@code problem} event carries it. */
    static ServerError error(JsonNode node) {
        return new ServerError(node.path("code").asText("unknown"), node.path("message").asText(""),
                node.hasNonNull("moveId") ? node.get("moveId").asText() : null,
                node.hasNonNull("lastSeq") ? node.get("lastSeq").asLong() : null);
    }
}
