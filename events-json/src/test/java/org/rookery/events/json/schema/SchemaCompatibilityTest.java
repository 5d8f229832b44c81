package org.rookery.events.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The compatibility check on fixture schemas: each deliberate incompatible edit is refused and named; a compatible one passes. */
class SchemaCompatibilityTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "compatibility");
    private static final JsonNode BASE = fixture("base");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "removed-field      | $.uci: field removed",
        "renamed-field      | $.uci: field removed (renamed to one of [move]?)",
        "changed-type       | $.ply: type changed from [\"integer\"] to [\"string\"]",
        "new-required-field | $.moveId: new required field (old events lack it)",
        "narrowed-enum      | $.side: enum narrowed, [\"black\"] no longer allowed (old events carry them)"})
    void an_incompatible_edit_is_refused_with_its_reason(String edit, String reason) {
        assertThat(SchemaCompatibility.breakingChanges(BASE, fixture(edit))).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-optional-field", "reworded", "base"})
    void a_compatible_edit_is_accepted(String edit) {
        assertThat(SchemaCompatibility.breakingChanges(BASE, fixture(edit))).isEmpty();
    }

    @Test
    void going_back_is_judged_too_removing_the_new_optional_field_is_a_removal() {
        assertThat(SchemaCompatibility.breakingChanges(fixture("new-optional-field"), BASE))
                .containsExactlyInAnyOrder("$.comment: field removed", "$.clock.incrementMs: field removed");
    }

    @Test
    void every_other_change_to_what_validates_is_refused() {
        assertBreaks(s -> ((ArrayNode) s.at("/properties/side/enum")).add("red"), "$.side: enum widened, [\"red\"] new (old readers refuse them)");
        assertBreaks(s -> ((ArrayNode) s.get("required")).add("note"), "$.note: field became required");
        assertBreaks(s -> removeRequired(s, "uci"), "$.uci: field is no longer required");
        assertBreaks(s -> ((ObjectNode) s.at("/properties/clock/properties/ms")).put("type", "number"),
                "$.clock.ms: type changed from [\"integer\"] to [\"number\"]");
        assertBreaks(s -> ((ObjectNode) s.at("/properties/uci")).put("pattern", "^[a-h][1-8][a-h][1-8]$"),
                "$.uci: pattern changed from \"^[a-h][1-8][a-h][1-8][qrbn]?$\" to \"^[a-h][1-8][a-h][1-8]$\"");
        assertBreaks(s -> ((ObjectNode) s.at("/properties/ply")).put("minimum", 0), "$.ply: minimum changed from 1 to 0");
        assertBreaks(s -> ((ObjectNode) s.at("/properties/note")).put("maxLength", 10), "$.note: maxLength 10 added");
        assertBreaks(s -> s.put("additionalProperties", true), "$: additionalProperties changed from false to true");
        assertBreaks(s -> ((ObjectNode) s.at("/properties/note")).putArray("type").add("string").add("null"),
                "$.note: type changed from [\"string\"] to [\"null\", \"string\"]");
    }

    @Test
    void a_keyword_the_check_does_not_understand_is_refused_rather_than_ignored() {
        assertBreaks(s -> ((ObjectNode) s.at("/properties/note")).putArray("oneOf").addObject().put("type", "string"),
                "$.note: keyword 'oneOf' is outside the vocabulary the compatibility check understands");
        assertBreaks(s -> s.putObject("$defs"), "$: keyword '$defs' is outside the vocabulary the compatibility check understands");
    }

    @Test
    void a_real_schema_with_a_field_dropped_is_refused() {
        JsonNode movePlayed = JsonSchemas.read(EventSchemas.docsFolder().resolve("MovePlayed.v1.schema.json"));
        ObjectNode edited = movePlayed.deepCopy();
        ((ObjectNode) edited.get("properties")).remove("moveId");
        removeRequired(edited, "moveId");

        assertThat(SchemaCompatibility.breakingChanges(movePlayed, edited)).containsExactly("$.moveId: field removed");
        assertThat(SchemaCompatibility.breakingChanges(movePlayed, movePlayed)).isEmpty();
    }

    private static void assertBreaks(Consumer<ObjectNode> edit, String reason) {
        ObjectNode edited = BASE.deepCopy();
        edit.accept(edited);
        assertThat(SchemaCompatibility.breakingChanges(BASE, edited)).containsExactly(reason);
    }

    private static void removeRequired(ObjectNode schema, String name) {
        ArrayNode required = (ArrayNode) schema.get("required");
        for (int i = 0; i < required.size(); i++) if (required.get(i).asText().equals(name)) required.remove(i);
    }

    private static JsonNode fixture(String name) {
        return JsonSchemas.read(FIXTURES.resolve(name + ".schema.json"));
    }
}
