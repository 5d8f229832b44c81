package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * The rules a folder of event schemas keeps as it evolves, checked without git history (so they
 * hold on a fresh clone): versions count 1, 2, 3...; each is a valid draft 2020-12 schema in the
 * vocabulary {@link SchemaCompatibility} judges; a version superseded by a newer one is frozen
 * (its checksum is in {@code frozen.sha256}) and never changes again; the newest version may only
 * change compatibly with its committed baseline; and every superseded version has stored old
 * events that this build still reads ({@link StoredOldEvents}). Names in {@code versionlessOnTheWire}
 * (the envelopes, which carry no version of their own) may never get a second version.
 * Stateless apart from its inputs.
 */
final class SchemaEvolutionRules {
    private final SchemaDirectory dir;
    private final JsonSchemas validator;
    private final Set<String> versionlessOnTheWire;
    private final StoredOldEvents oldEvents;

    SchemaEvolutionRules(SchemaDirectory dir, JsonSchemas validator, Set<String> versionlessOnTheWire, StoredOldEvents oldEvents) {
        this.dir = dir;
        this.validator = validator;
        this.versionlessOnTheWire = versionlessOnTheWire;
        this.oldEvents = oldEvents;
    }

    /** Every rule the folder breaks, one sentence each, saying what to do; empty when it keeps them all. */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        dir.strayFiles().forEach(f -> violations.add(f + ": not a schema file; name schemas <Name>.v<N>.schema.json"));
        if (dir.schemas().isEmpty()) violations.add(dir.root() + " holds no schema");
        FrozenFiles frozen = FrozenFiles.read(dir.frozenList());
        frozen.malformedLines().forEach(l -> violations.add("frozen.sha256: malformed or repeated line '" + l + "'"));
        frozenFilesAreUnchanged(frozen, violations);
        dir.schemas().forEach((name, files) -> {
            versionsCountFromOne(name, files, violations);
            files.forEach((version, file) -> eachSchemaIsWellFormed(name, version, file, violations));
            int newest = files.lastKey();
            for (int version : files.keySet()) {
                if (version < newest && !frozen.isFrozen(SchemaDirectory.fileName(name, version))) {
                    violations.add(SchemaDirectory.fileName(name, version) + " is superseded by v" + newest
                            + " but not frozen: add its sha256 to frozen.sha256 (sha256sum " + SchemaDirectory.fileName(name, version) + ")");
                }
                if (version < newest) violations.addAll(oldEvents.violations(name, version, files.get(version), newest, files.get(newest)));
            }
            if (newest > 1 && versionlessOnTheWire.contains(name)) {
                violations.add(name + " carries no version on the wire, so it can only change compatibly: an incompatible " + name
                        + " is a new stream, not v" + newest);
            }
            if (!frozen.isFrozen(SchemaDirectory.fileName(name, newest))) newestChangesOnlyCompatibly(name, newest, violations);
        });
        baselinesBelongToOpenVersions(frozen, violations);
        return violations;
    }

    private void frozenFilesAreUnchanged(FrozenFiles frozen, List<String> violations) {
        frozen.sha256ByFile().forEach((file, sum) -> {
            Path path = dir.root().resolve(file);
            if (!Files.exists(path)) {
                violations.add(file + " is frozen but missing: a version ever written stays readable, and its schema stays");
            } else if (!FrozenFiles.sha256(path).equals(sum)) {
                violations.add(file + " is frozen but changed (sha256 " + FrozenFiles.sha256(path) + ", frozen " + sum
                        + "): a frozen schema never changes; undo the edit and bump the version instead");
            }
        });
    }

    private static void versionsCountFromOne(String name, SortedMap<Integer, Path> files, List<String> violations) {
        if (files.firstKey() != 1 || files.lastKey() != files.size()) {
            violations.add(name + " has versions " + files.keySet() + ": versions count 1, 2, 3... without gaps, and none is ever deleted");
        }
    }

    private void eachSchemaIsWellFormed(String name, int version, Path file, List<String> violations) {
        String fileName = SchemaDirectory.fileName(name, version);
        JsonNode schema = dir.tree(file);
        if (!JsonSchemas.DRAFT_2020_12.equals(schema.path("$schema").asText())) {
            violations.add(fileName + ": $schema must be " + JsonSchemas.DRAFT_2020_12);
        }
        String id = "urn:rookery:events:" + name + ":v" + version;
        if (!id.equals(schema.path("$id").asText())) violations.add(fileName + ": $id must be " + id);
        validator.metaSchemaErrors(schema).forEach(e -> violations.add(fileName + " is not a valid schema: " + e));
        SchemaCompatibility.breakingChanges(schema, schema).forEach(e -> violations.add(fileName + ": " + e));
    }

    private void newestChangesOnlyCompatibly(String name, int version, List<String> violations) {
        String fileName = SchemaDirectory.fileName(name, version);
        Path baseline = dir.baselineOf(name, version);
        if (!Files.exists(baseline)) {
            violations.add(fileName + " has no baseline: a new schema starts as its own baseline, copy it to baseline/" + fileName);
            return;
        }
        JsonNode before = dir.tree(baseline), after = dir.tree(dir.file(name, version).orElseThrow());
        List<String> breaks = SchemaCompatibility.breakingChanges(before, after);
        if (!breaks.isEmpty()) {
            violations.add(fileName + " changed incompatibly since its baseline: " + String.join("; ", breaks)
                    + ". Undo the change, or bump the version: freeze v" + version + ", write v" + (version + 1)
                    + ", an upcaster and stored v" + version + " events (docs/events.md)");
        } else if (!before.equals(after)) {
            violations.add(fileName + " changed compatibly since its baseline: accept the change by copying it over baseline/" + fileName);
        }
    }

    private void baselinesBelongToOpenVersions(FrozenFiles frozen, List<String> violations) {
        for (Path baseline : dir.baselines()) {
            String fileName = baseline.getFileName().toString();
            var m = SchemaDirectory.FILE_NAME.matcher(fileName);
            boolean open = m.matches() && dir.schemas().containsKey(m.group(1))
                    && dir.newestVersion(m.group(1)) == Integer.parseInt(m.group(2)) && !frozen.isFrozen(fileName);
            if (!open) violations.add("baseline/" + fileName + " is not the baseline of an open (newest, unfrozen) version: remove it");
        }
    }
}
