package org.rookery.events.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.events.json.EventJson;

/**
 * The schemas carry the notations' meaning, not just the field names: a written event with one
 * value changed to something the contract does not allow (a result that is no result, an end
 * reason of an aborted game, a square off the board, an impossible date...) is refused.
 */
class SchemaNotationsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EventSchemas SCHEMAS = EventSchemas.fromDocs();
    private static final List<EventEnvelope> PLAYED = PlayedGames.allEvents();

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("MovePlayed", "/occurredAt", "2026-02-30T10:00:00Z"),
                Arguments.of("MovePlayed", "/occurredAt", "2026-03-01T12:00:00+01:00"),
                Arguments.of("MovePlayed", "/occurredAt", "1772366400000"),
                Arguments.of("MovePlayed", "/eventId", " \t"),
                Arguments.of("MovePlayed", "/gameId", ""),
                Arguments.of("MovePlayed", "/seq", 0),
                Arguments.of("MovePlayed", "/seq", "3"),
                Arguments.of("MovePlayed", "/schemaVersion", 0),
                Arguments.of("MovePlayed", "/type", "movePlayed"),
                Arguments.of("MovePlayed", "/correlationId", null),
                Arguments.of("MovePlayed", "/payload/ply", 0),
                Arguments.of("MovePlayed", "/payload/ply", 2.5),
                Arguments.of("MovePlayed", "/payload/uci", "e2e9"),
                Arguments.of("MovePlayed", "/payload/uci", "e7e8k"),
                Arguments.of("MovePlayed", "/payload/san", "0-0"),
                Arguments.of("MovePlayed", "/payload/san", "e4!"),
                Arguments.of("MovePlayed", "/payload/fen", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR x KQkq - 0 1"),
                Arguments.of("MovePlayed", "/payload/fen", "start"),
                Arguments.of("MovePlayed", "/payload/whiteMs", -1),
                Arguments.of("MovePlayed", "/payload/blackMs", "100"),
                Arguments.of("MovePlayed", "/payload/moveId", "m".repeat(129)),
                Arguments.of("MovePlayed", "/payload/moveId", "   "),
                Arguments.of("GameCreated", "/payload/timeControl/initialMs", 0),
                Arguments.of("GameCreated", "/payload/timeControl/initialMs", 86_400_001),
                Arguments.of("GameCreated", "/payload/timeControl/incrementMs", 600_001),
                Arguments.of("GameCreated", "/payload/white", ""),
                Arguments.of("GameCreated", "/payload/rated", "true"),
                Arguments.of("PlayerJoined", "/payload/color", "purple"),
                Arguments.of("PlayerJoined", "/payload/color", "White"),
                Arguments.of("DrawOffered", "/payload/by", "ann"),
                Arguments.of("DrawDeclined", "/payload/by", null),
                Arguments.of("GameEnded", "/payload/result", "1-1"),
                Arguments.of("GameEnded", "/payload/result", "½-½"),
                Arguments.of("GameEnded", "/payload/reason", "aborted"),
                Arguments.of("GameEnded", "/payload/reason", "CHECKMATE"),
                Arguments.of("GameEnded", "/payload/pgn", "1. e4 e5 *"),
                Arguments.of("GameEnded", "/payload/black", null),
                Arguments.of("GameAborted", "/payload/whiteMs", -5));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("broken")
    void a_value_outside_the_contract_is_refused(String type, String pointer, Object value) throws IOException {
        EventEnvelope real = PLAYED.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
        JsonNode document = MAPPER.readTree(new EventJson().toBytes(real));
        assertThat(SCHEMAS.gameEventErrors(document)).as("the real event itself is valid").isEmpty();

        JsonNode changed = with(document, pointer, MAPPER.valueToTree(value));

        assertThat(SCHEMAS.gameEventErrors(changed)).as(changed.toString()).isNotEmpty();
    }

    private static JsonNode with(JsonNode document, String pointer, JsonNode value) {
        JsonNode copy = document.deepCopy();
        int cut = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) copy.at(pointer.substring(0, cut));
        String field = pointer.substring(cut + 1);
        assertThat(parent.has(field)).as(pointer + " exists").isTrue();
        parent.set(field, value);
        return copy;
    }
}
