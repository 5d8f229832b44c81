package org.rookery.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.events.json.schema.GreetingHistory;

/** The upcaster chain: each step in order, on the tree, before the strict reader; a missing or failing step is a clear refusal. */
class EventUpcastersTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ToIntFunction<String> GREETING_AT_V3 = type -> type.equals(GreetingHistory.TYPE) ? GreetingHistory.CURRENT_VERSION : 0;

    @Test
    void an_old_event_goes_through_every_step_up_to_the_current_version() {
        ObjectNode stored = tree("{\"type\":\"Greeting\",\"schemaVersion\":1,\"occurredAt\":\"x\",\"payload\":{\"text\":\"hello\"}}");

        GreetingHistory.upcasters().bringUpToDate(stored, GREETING_AT_V3);

        assertThat(stored).isEqualTo(tree("{\"type\":\"Greeting\",\"schemaVersion\":3,\"occurredAt\":\"x\",\"payload\":{\"message\":\"hello\",\"language\":\"en\"}}"));
    }

    @Test
    void a_step_sees_the_envelope_and_the_payload_it_returns_is_the_next_versions() {
        EventUpcaster stamp = GreetingHistory.step("Greeting", 2,
                (payload, envelope) -> MAPPER.createObjectNode().put("message", payload.get("message").asText()).put("language", envelope.get("lang").asText()));
        ObjectNode stored = tree("{\"type\":\"Greeting\",\"schemaVersion\":2,\"lang\":\"fr\",\"payload\":{\"message\":\"salut\"}}");

        EventUpcasters.of(List.of(GreetingHistory.V1_TO_V2, stamp)).bringUpToDate(stored, GREETING_AT_V3);

        assertThat(stored.get("payload")).isEqualTo(tree("{\"message\":\"salut\",\"language\":\"fr\"}"));
        assertThat(stored.get("schemaVersion").asInt()).isEqualTo(3);
    }

    @Test
    void current_newer_unknown_and_malformed_events_are_left_for_the_strict_reader() {
        for (String json : List.of(
                "{\"type\":\"Greeting\",\"schemaVersion\":3,\"payload\":{\"message\":\"hi\",\"language\":\"de\"}}",
                "{\"type\":\"Greeting\",\"schemaVersion\":4,\"payload\":{}}",
                "{\"type\":\"Farewell\",\"schemaVersion\":1,\"payload\":{}}",
                "{\"type\":\"Greeting\",\"schemaVersion\":\"1\",\"payload\":{}}",
                "{\"type\":\"Greeting\",\"schemaVersion\":1,\"payload\":[]}",
                "{\"schemaVersion\":1,\"payload\":{}}")) {
            ObjectNode stored = tree(json);
            GreetingHistory.upcasters().bringUpToDate(stored, GREETING_AT_V3);
            assertThat(stored).isEqualTo(tree(json));
        }
    }

    @Test
    void a_missing_step_is_refused_naming_it() {
        EventUpcasters gap = EventUpcasters.of(List.of(GreetingHistory.V2_TO_V3));
        assertThatThrownBy(() -> gap.bringUpToDate(tree("{\"type\":\"Greeting\",\"schemaVersion\":1,\"payload\":{\"text\":\"a\"}}"), GREETING_AT_V3))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessage("Greeting schema version 1 cannot be read: no upcaster from version 1 (this build reads 3)");
    }

    @Test
    void a_failing_or_empty_step_is_an_unreadable_event_not_a_crash() {
        ObjectNode lacksText = tree("{\"type\":\"Greeting\",\"schemaVersion\":1,\"payload\":{\"words\":\"a\"}}");
        EventUpcasters strict = EventUpcasters.of(List.of(GreetingHistory.step("Greeting", 1, (payload, envelope) -> {
            if (!payload.has("text")) throw new IllegalArgumentException("no text");
            return payload;
        })));
        assertThatThrownBy(() -> strict.bringUpToDate(lacksText, GREETING_AT_V3))
                .isInstanceOf(UnreadableEventException.class).hasMessage("upcasting Greeting v1 to v2 failed: no text")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        EventUpcasters empty = EventUpcasters.of(List.of(GreetingHistory.step("Greeting", 1, (payload, envelope) -> null)));
        assertThatThrownBy(() -> empty.bringUpToDate(lacksText, GREETING_AT_V3)).isInstanceOf(UnreadableEventException.class)
                .hasMessage("upcasting Greeting v1 to v2 gave no payload");
    }

    @Test
    void a_chain_has_one_step_per_type_and_version_and_versions_start_at_one() {
        assertThatThrownBy(() -> EventUpcasters.of(List.of(GreetingHistory.V1_TO_V2, GreetingHistory.V1_TO_V2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("two upcasters for Greeting v1 to v2");
        assertThatThrownBy(() -> EventUpcasters.of(List.of(GreetingHistory.step("Greeting", 0, (p, e) -> p))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at 1");
        assertThat(GreetingHistory.upcasters().reads("Greeting", 2)).isTrue();
        assertThat(GreetingHistory.upcasters().reads("Greeting", 3)).isFalse();
    }

    @Test
    void this_build_ships_no_step_while_every_type_is_at_version_one() {
        assertThat(EventUpcasters.standard().reads("MovePlayed", 1)).isFalse();
    }

    @Test
    void event_json_asks_the_chain_before_reading_so_a_version_older_than_any_step_is_refused_by_it() {
        EventJson json = new EventJson();
        String current = json.toJson(EventEnvelope.of("e", "g", 3, Instant.EPOCH, "", new DrawOffered(Color.WHITE)));
        String older = current.replace("\"schemaVersion\":1", "\"schemaVersion\":0");

        assertThatThrownBy(() -> json.readGameEvent(older)).isInstanceOf(UnreadableEventException.class)
                .hasMessage("DrawOffered schema version 0 cannot be read: no upcaster from version 0 (this build reads 1)");
        String match = "{\"eventId\":\"e\",\"type\":\"MatchCreated\",\"schemaVersion\":0,\"matchId\":\"m\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"correlationId\":\"\",\"payload\":{}}";
        assertThatThrownBy(() -> json.readMatchEvent(match)).isInstanceOf(UnreadableEventException.class)
                .hasMessage("MatchCreated schema version 0 cannot be read: no upcaster from version 0 (this build reads 1)");
        assertThat(json.readGameEvent(current).payload()).isEqualTo(new DrawOffered(Color.WHITE));
    }

    private static ObjectNode tree(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return (ObjectNode) node;
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
