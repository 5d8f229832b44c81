package org.rookery.client;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Reads the events of the SSE stream into {@link ServerFrame}s: {@code snapshot}, {@code problem}, and game events. Thread-safe. */
final class SseFrames {
    private final JsonCodec json;

    SseFrames(JsonCodec json) {
        this.json = json;
    }

    ServerFrame read(SseEventReader.SseEvent event) throws JsonProcessingException {
        return switch (event.name()) {
            case "snapshot" -> {
                Game game = json.read(event.data(), Game.class);
                yield new ServerFrame.Snapshot(event.id() == null ? game.seq() : Long.parseLong(event.id()), game);
            }
            case "problem" -> new ServerFrame.Error(ServerFrames.error(json.tree(event.data())));
            case "message" -> new ServerFrame.Event(json.read(event.data(), GameEvent.class));
            default -> new ServerFrame.Ignored(event.name());
        };
    }
}
