package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rookery.client.SseEventReader.SseEvent;

class SseEventReaderTest {
    static List<SseEvent> read(String... lines) {
        SseEventReader reader = new SseEventReader();
        return java.util.Arrays.stream(lines).map(reader::line).flatMap(Optional::stream).toList();
    }

    @Test
    void assembles_named_and_unnamed_events_with_their_ids() {
        assertThat(read("id: 2", "event: snapshot", "data: {\"seq\":2}", "", ": keep-alive", "", "id:3", "data:{\"a\":1}", ""))
                .containsExactly(new SseEvent("2", "snapshot", "{\"seq\":2}"), new SseEvent("3", "message", "{\"a\":1}"));
    }

    @Test
    void joins_data_lines_and_ignores_unknown_fields_and_empty_events() {
        assertThat(read("retry: 1000", "", "data: a", "data: b", "foo: bar", "")).containsExactly(new SseEvent(null, "message", "a\nb"));
    }
}
