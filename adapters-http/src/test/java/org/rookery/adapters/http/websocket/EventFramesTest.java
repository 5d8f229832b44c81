package org.rookery.adapters.http.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.HttpApi;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.json.SocketFrames;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MovePlayed;

/** Frames are rendered once while an event is recent, and always rendered right. */
class EventFramesTest {
    private final Json json = HttpApi.newJson();
    private final EventFrames frames = new EventFrames(json);

    @Test
    void a_recent_event_is_rendered_once_and_shared() {
        EventEnvelope e = event(1);
        String first = frames.frame(e);
        assertThat(frames.frame(e)).isSameAs(first);
        assertThat(first).isEqualTo(json.writeString(new SocketFrames.Event(e)));
    }

    @Test
    void every_event_gets_its_own_text_however_many_pass_through() {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) events.add(event(i));
        for (EventEnvelope e : events) frames.frame(e);
        for (EventEnvelope e : events) {
            assertThat(frames.frame(e)).isEqualTo(json.writeString(new SocketFrames.Event(e)));
        }
    }

    private static EventEnvelope event(int n) {
        return EventEnvelope.of("event-" + n, "game-" + (n % 7), n, Instant.EPOCH.plusMillis(n), "",
                new MovePlayed(n, "e2e4", "e4", "fen " + n, 1_000, 2_000, "move-" + n));
    }
}
