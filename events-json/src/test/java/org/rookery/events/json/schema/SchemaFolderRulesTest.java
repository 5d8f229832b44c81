package org.rookery.events.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rookery.events.json.EventUpcasters;

/**
 * The evolution rules on a test-only type with three versions (Greeting): the folder as
 * committed keeps them all, and each way of breaking the contract (editing a frozen file, an
 * incompatible edit without a bump, a bump without freezing, without an upcaster or without
 * stored old events) is refused with a message that says what to do.
 */
class SchemaFolderRulesTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "schema-evolution");
    private final JsonSchemas validator = new JsonSchemas();
    @TempDir
    Path copy;
    private Path schemas;

    @BeforeEach
    void copy_the_fixture() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(FIXTURE.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
        schemas = copy.resolve("schemas");
    }

    @Test
    void the_committed_history_keeps_every_rule() {
        assertThat(violations(GreetingHistory.upcasters())).isEmpty();
    }

    @Test
    void a_frozen_schema_that_changed_is_refused() throws IOException {
        edit("Greeting.v1.schema.json", "\"A test-only", "\"Reworded: a test-only");
        assertThat(violations(GreetingHistory.upcasters())).singleElement().asString()
                .startsWith("Greeting.v1.schema.json is frozen but changed").contains("bump the version instead");
    }

    @Test
    void an_incompatible_edit_of_the_open_version_is_refused() throws IOException {
        edit("Greeting.v3.schema.json", "\"required\": [\n    \"message\",\n    \"language\"\n  ]", "\"required\": [\n    \"message\"\n  ]");
        assertThat(violations(GreetingHistory.upcasters())).singleElement().asString()
                .startsWith("Greeting.v3.schema.json changed incompatibly since its baseline: $.language: field is no longer required")
                .contains("bump the version: freeze v3, write v4, an upcaster and stored v3 events");
    }

    @Test
    void a_compatible_edit_is_accepted_once_its_baseline_is_refreshed() throws IOException {
        ObjectNode v3 = (ObjectNode) JsonSchemas.read(schemas.resolve("Greeting.v3.schema.json"));
        ((ObjectNode) v3.get("properties")).putObject("emoji").put("type", "string");
        Files.writeString(schemas.resolve("Greeting.v3.schema.json"), v3.toPrettyString());
        assertThat(violations(GreetingHistory.upcasters())).containsExactly(
                "Greeting.v3.schema.json changed compatibly since its baseline: accept the change by copying it over baseline/Greeting.v3.schema.json");

        Files.copy(schemas.resolve("Greeting.v3.schema.json"), schemas.resolve("baseline/Greeting.v3.schema.json"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(violations(GreetingHistory.upcasters())).isEmpty();
    }

    @Test
    void a_bump_that_leaves_the_old_version_unfrozen_is_refused() throws IOException {
        edit("frozen.sha256", "  Greeting.v2.schema.json", "  Greeting.v2.schema.json.gone");
        assertThat(violations(GreetingHistory.upcasters())).contains(
                "Greeting.v2.schema.json is superseded by v3 but not frozen: add its sha256 to frozen.sha256 (sha256sum Greeting.v2.schema.json)",
                "Greeting.v2.schema.json.gone is frozen but missing: a version ever written stays readable, and its schema stays");
    }

    @Test
    void a_superseded_version_without_an_upcaster_is_refused_on_its_stored_events() {
        assertThat(violations(EventUpcasters.of(List.of(GreetingHistory.V2_TO_V3)))).hasSize(2).allSatisfy(v -> assertThat(v)
                .contains("cannot be read by this build: Greeting schema version 1 cannot be read: no upcaster from version 1"));
    }

    @Test
    void an_upcaster_whose_output_breaks_the_newest_schema_is_refused() {
        EventUpcasters sloppy = EventUpcasters.of(List.of(GreetingHistory.V1_TO_V2,
                GreetingHistory.step("Greeting", 2, (payload, envelope) -> payload.put("language", "english"))));
        assertThat(violations(sloppy)).isNotEmpty().allSatisfy(v -> assertThat(v).contains("read up to date breaks Greeting.v3.schema.json"));
    }

    @Test
    void a_superseded_version_without_stored_old_events_is_refused() throws IOException {
        try (Stream<Path> files = Files.list(copy.resolve("old-events/Greeting.v2"))) {
            for (Path f : files.toList()) Files.delete(f);
        }
        assertThat(violations(GreetingHistory.upcasters())).singleElement().asString()
                .startsWith("Greeting v2 is superseded but no stored v2 events are in");
    }

    @Test
    void a_gap_in_the_versions_a_missing_baseline_and_a_stray_file_are_refused() throws IOException {
        Files.move(schemas.resolve("Greeting.v3.schema.json"), schemas.resolve("Greeting.v4.schema.json"));
        Files.writeString(schemas.resolve("Greeting.V5.json"), "{}");
        assertThat(violations(GreetingHistory.upcasters())).contains(
                "Greeting.V5.json: not a schema file; name schemas <Name>.v<N>.schema.json",
                "Greeting has versions [1, 2, 4]: versions count 1, 2, 3... without gaps, and none is ever deleted",
                "Greeting.v4.schema.json has no baseline: a new schema starts as its own baseline, copy it to baseline/Greeting.v4.schema.json",
                "baseline/Greeting.v3.schema.json is not the baseline of an open (newest, unfrozen) version: remove it");
    }

    @Test
    void a_type_without_a_version_on_the_wire_may_not_be_bumped() {
        assertThat(new SchemaEvolutionRules(SchemaDirectory.at(schemas), validator, Set.of("Greeting"), oldEvents(GreetingHistory.upcasters()))
                .violations()).containsExactly(
                        "Greeting carries no version on the wire, so it can only change compatibly: an incompatible Greeting is a new stream, not v3");
    }

    private List<String> violations(EventUpcasters upcasters) {
        return new SchemaEvolutionRules(SchemaDirectory.at(schemas), validator, Set.of(), oldEvents(upcasters)).violations();
    }

    private StoredOldEvents oldEvents(EventUpcasters upcasters) {
        return new StoredOldEvents(copy.resolve("old-events"), validator, stored -> {
            upcasters.bringUpToDate(stored, type -> type.equals(GreetingHistory.TYPE) ? GreetingHistory.CURRENT_VERSION : 0);
            return stored;
        });
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = schemas.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
