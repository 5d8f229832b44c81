package org.rookery.events.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MatchmakingEvent;
import org.rookery.events.json.EventJson;

/**
 * What {@link EventJson} writes is what docs/events says, checked by the schema files (not by
 * the records): every event of real games played through the domain and every hand-built edge
 * case, as bytes and as text. A renamed record component, a field the writer forgets or adds,
 * a wrong type or notation fails here.
 */
class WrittenEventsMatchTheSchemasTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EventSchemas SCHEMAS = EventSchemas.fromDocs();
    private static final List<EventEnvelope> PLAYED = PlayedGames.allEvents();
    private final EventJson json = new EventJson();

    static Stream<EventEnvelope> gameEvents() {
        return Stream.concat(PLAYED.stream(), EdgeCaseEvents.gameEvents().stream());
    }

    static Stream<MatchEnvelope> matchEvents() {
        return EdgeCaseEvents.matchEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("gameEvents")
    void every_game_event_is_written_as_its_schema_says(EventEnvelope event) throws IOException {
        assertThat(SCHEMAS.gameEventErrors(MAPPER.readTree(json.toBytes(event)))).as(json.toJson(event)).isEmpty();
        assertThat(SCHEMAS.gameEventErrors(MAPPER.readTree(json.toJson(event)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("matchEvents")
    void every_matchmaking_event_is_written_as_its_schema_says(MatchEnvelope event) throws IOException {
        assertThat(SCHEMAS.matchEventErrors(MAPPER.readTree(json.toBytes(event)))).as(json.toJson(event)).isEmpty();
        assertThat(SCHEMAS.matchEventErrors(MAPPER.readTree(json.toJson(event)))).isEmpty();
    }

    @Test
    void the_played_games_cover_every_event_type_and_every_end_reason() {
        assertThat(PLAYED.stream().<Class<?>>map(e -> e.payload().getClass()).distinct())
                .containsExactlyInAnyOrder(GameEvent.class.getPermittedSubclasses());
        Set<EndReason> reasons = new TreeSet<>();
        PLAYED.stream().map(EventEnvelope::payload).filter(GameEnded.class::isInstance).map(p -> ((GameEnded) p).reason()).forEach(reasons::add);
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EndReason.values()).filter(r -> r != EndReason.ABORTED).toList());
        assertThat(matchEvents().<Class<?>>map(e -> e.payload().getClass()).distinct())
                .containsExactlyInAnyOrder(MatchmakingEvent.class.getPermittedSubclasses());
    }

    @Test
    void the_schemas_refuse_a_missing_a_renamed_or_an_unknown_field_at_every_level() throws IOException {
        List<JsonNode> written = new ArrayList<>();
        for (EventEnvelope e : gameEvents().toList()) written.add(MAPPER.readTree(json.toBytes(e)));
        int mutants = 0;
        for (JsonNode document : written) {
            for (JsonNode mutant : FieldMutations.of(document)) {
                assertThat(SCHEMAS.gameEventErrors(mutant)).as("valid, but should not be: " + mutant).isNotEmpty();
                mutants++;
            }
        }
        for (MatchEnvelope e : matchEvents().toList()) {
            for (JsonNode mutant : FieldMutations.of(MAPPER.readTree(json.toBytes(e)))) {
                assertThat(SCHEMAS.matchEventErrors(mutant)).as("valid, but should not be: " + mutant).isNotEmpty();
                mutants++;
            }
        }
        assertThat(mutants).isGreaterThan(1_000);
    }
}
