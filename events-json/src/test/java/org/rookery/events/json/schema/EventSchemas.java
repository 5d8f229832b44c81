package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event schemas of docs/events applied to whole documents: a game or matchmaking envelope is
 * valid when the envelope is valid by the newest {@code GameEnvelope}/{@code MatchEnvelope}
 * schema and its payload by {@code <type>.v<schemaVersion>.schema.json}. Thread-safe.
 */
final class EventSchemas {
    static final String GAME_ENVELOPE = "GameEnvelope";
    static final String MATCH_ENVELOPE = "MatchEnvelope";

    private final SchemaDirectory dir;
    private final JsonSchemas validator;

    EventSchemas(SchemaDirectory dir, JsonSchemas validator) {
        this.dir = dir;
        this.validator = validator;
    }

    /** docs/events, as the build passes it (or found from the module's folder). */
    static Path docsFolder() {
        String configured = System.getProperty("rookery.docs.events");
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "docs", "events");
        if (!Files.isDirectory(folder)) throw new IllegalStateException("no event schemas at " + folder.toAbsolutePath());
        return folder.toAbsolutePath().normalize();
    }

    static EventSchemas fromDocs() {
        return new EventSchemas(SchemaDirectory.at(docsFolder()), new JsonSchemas());
    }

    SchemaDirectory directory() {
        return dir;
    }

    JsonSchemas validator() {
        return validator;
    }

    List<String> gameEventErrors(JsonNode envelope) {
        return errors(GAME_ENVELOPE, envelope);
    }

    List<String> matchEventErrors(JsonNode envelope) {
        return errors(MATCH_ENVELOPE, envelope);
    }

    /** The schema file of a payload type and version, if docs/events has one. */
    Optional<Path> payloadSchema(String type, int version) {
        return dir.file(type, version);
    }

    private List<String> errors(String envelopeName, JsonNode envelope) {
        List<String> errors = new ArrayList<>();
        Path envelopeSchema = dir.file(envelopeName, dir.newestVersion(envelopeName)).orElseThrow();
        validator.errors(envelopeSchema, envelope).forEach(e -> errors.add(envelopeSchema.getFileName() + ": " + e));
        String type = envelope.path("type").asText();
        int version = envelope.path("schemaVersion").asInt();
        Optional<Path> payloadSchema = payloadSchema(type, version);
        if (payloadSchema.isEmpty()) errors.add("no schema for " + type + " v" + version + " in " + dir.root());
        else validator.errors(payloadSchema.get(), envelope.path("payload")).forEach(e -> errors.add(payloadSchema.get().getFileName() + ": " + e));
        return errors;
    }
}
