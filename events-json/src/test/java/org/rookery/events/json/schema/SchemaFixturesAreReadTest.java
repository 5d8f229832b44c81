package org.rookery.events.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;
import org.rookery.events.json.EventJson;

/**
 * The other direction of the contract: documents written by hand from the schemas (any field
 * order, escapes, a null where allowed, an instant in another valid form) are valid by them and
 * are read by {@link EventJson} into exactly the events they describe; written again, they say
 * the same thing.
 */
class SchemaFixturesAreReadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EventSchemas SCHEMAS = EventSchemas.fromDocs();
    private static final Path FIXTURES = Path.of("src", "test", "resources", "events", "v1");
    private static final TimeControl BLITZ = new TimeControl(180_000, 2_000);
    private static final String ANN = "ann \"the rook\"";
    private static final Map<String, Object> EXPECTED = Map.of(
            "GameCreated.json", game("e-1", 1, "2026-03-01T12:00:01.250Z", "",
                    new GameCreated("zoë", null, "zoë", BLITZ, true, "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1")),
            "PlayerJoined.json", game("e-2", 2, "2026-03-01T12:00:02Z", "req-2", new PlayerJoined(ANN, Color.WHITE)),
            "MovePlayed.json", game("e-3", 3, "2026-03-01T12:00:03.007Z", "запрос", new MovePlayed(1, "e2e4", "e4",
                    "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1", 181_000, 180_000, "m-🐦-\"1\"\n")),
            "DrawOffered.json", game("e-4", 4, "2026-03-01T12:00:04Z", "", new DrawOffered(Color.BLACK)),
            "DrawDeclined.json", game("e-5", 5, "2026-03-01T12:00:05Z", "", new DrawDeclined(Color.WHITE)),
            "GameEnded.json", game("e-6", 6, "2026-03-01T12:03:06Z", "flag-timer", new GameEnded(GameResult.DRAW,
                    EndReason.TIMEOUT_VS_INSUFFICIENT_MATERIAL, ANN, "zoë", true, BLITZ,
                    "[Event \"Rated game\"]\n[Result \"1/2-1/2\"]\n\n1. e4 1/2-1/2", "system", 0, 179_500)),
            "GameAborted.json", EventEnvelope.of("e-7", "g-8", 2, Instant.parse("2026-03-01T12:00:07Z"), "", new GameAborted("zoë", 180_000, 180_000)),
            "MatchCreated.json", MatchEnvelope.of("e-8", "match-42", Instant.parse("2026-03-01T12:00:00.500Z"), "wave-9",
                    new MatchCreated("match-42", ANN, "zoë", "g-7f3a", BLITZ, true, 1512.5, 1490.25,
                            Instant.parse("2026-03-01T12:00:00.499999999Z"))));

    private final EventJson json = new EventJson();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void there_is_a_fixture_for_every_event_type_and_an_expectation_for_every_fixture() throws IOException {
        assertThat(fixtures()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void a_document_valid_by_the_schemas_is_read_into_the_event_it_describes(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(fixture));
        JsonNode document = MAPPER.readTree(bytes);
        boolean match = fixture.startsWith("Match");
        assertThat(match ? SCHEMAS.matchEventErrors(document) : SCHEMAS.gameEventErrors(document)).as("the fixture is valid").isEmpty();

        Object read = match ? json.readMatchEvent(bytes) : json.readGameEvent(bytes);
        assertThat(read).isEqualTo(EXPECTED.get(fixture));

        JsonNode rewritten = MAPPER.readTree(match ? json.toBytes((MatchEnvelope) read) : json.toBytes((EventEnvelope) read));
        assertThat(sameDocument(document, rewritten)).as("written again: " + rewritten).isTrue();
    }

    private static EventEnvelope game(String eventId, long seq, String at, String correlationId, GameEvent payload) {
        return EventEnvelope.of(eventId, "g-7f3a", seq, Instant.parse(at), correlationId, payload);
    }

    /** Equal trees, field order aside, with instants compared as instants ({@code .5Z} is {@code .500Z}). */
    private static boolean sameDocument(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Map.Entry<String, JsonNode> field : a.properties()) {
                if (!b.has(field.getKey()) || !sameDocument(field.getValue(), b.get(field.getKey()))) return false;
            }
            return true;
        }
        if (a.isTextual() && b.isTextual() && !a.equals(b)) {
            try {
                return Instant.parse(a.textValue()).equals(Instant.parse(b.textValue()));
            } catch (DateTimeParseException notInstants) {
                return false;
            }
        }
        return a.equals(b);
    }
}
