package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Events written under superseded schema versions, kept as files ({@code <root>/<Name>.v<N>/*.json},
 * whole envelopes), and the proof that this build still reads them: each is valid by its old
 * schema, and what the reader makes of it is valid by the newest one. Stateless apart from its inputs.
 */
final class StoredOldEvents {
    /** Reads a stored envelope the way replay does and answers the envelope as this build writes it now. */
    @FunctionalInterface
    interface Reader {
        ObjectNode readUpToDate(ObjectNode stored) throws Exception;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path root;
    private final JsonSchemas validator;
    private final Reader reader;

    StoredOldEvents(Path root, JsonSchemas validator, Reader reader) {
        this.root = root;
        this.validator = validator;
        this.reader = reader;
    }

    /** What is wrong with the stored {@code name} v{@code version} events; empty when each is read up to date. */
    List<String> violations(String name, int version, Path oldSchema, int newest, Path newestSchema) {
        Path folder = root.resolve(name + ".v" + version);
        List<Path> stored = jsonFiles(folder);
        if (stored.isEmpty()) {
            return List.of(name + " v" + version + " is superseded but no stored v" + version + " events are in " + folder
                    + ": keep real old events there, they prove its upcaster");
        }
        List<String> violations = new ArrayList<>();
        for (Path file : stored) {
            String label = folder.getFileName() + "/" + file.getFileName();
            ObjectNode envelope = (ObjectNode) JsonSchemas.read(file);
            if (!name.equals(envelope.path("type").asText()) || envelope.path("schemaVersion").asInt() != version) {
                violations.add(label + " is not a " + name + " v" + version + " event");
                continue;
            }
            validator.errors(oldSchema, envelope.path("payload")).forEach(e -> violations.add(label + " breaks its own schema: " + e));
            try {
                ObjectNode now = reader.readUpToDate(envelope.deepCopy());
                if (now.path("schemaVersion").asInt() != newest) violations.add(label + " was read as v" + now.path("schemaVersion") + ", not v" + newest);
                validator.errors(newestSchema, now.path("payload")).forEach(e -> violations.add(label + " read up to date breaks "
                        + newestSchema.getFileName() + ": " + e));
            } catch (Exception e) {
                violations.add(label + " cannot be read by this build: " + e.getMessage());
            }
        }
        return violations;
    }

    static ObjectNode tree(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jsonFiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
