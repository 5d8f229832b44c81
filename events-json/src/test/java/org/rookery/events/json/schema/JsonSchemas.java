package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema (draft 2020-12) validation by the networknt validator, with {@code format}
 * asserted (so an {@code occurredAt} that is not a date-time fails), schemas compiled once per
 * file. Thread-safe.
 */
final class JsonSchemas {
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<Path, Schema> compiled = new ConcurrentHashMap<>();

    /** What is wrong with {@code document} by the schema in {@code schemaFile}, one line per error; empty when valid. */
    List<String> errors(Path schemaFile, JsonNode document) {
        Schema schema = compiled.computeIfAbsent(schemaFile.toAbsolutePath().normalize(), file -> registry.getSchema(read(file)));
        return messages(schema.validate(document));
    }

    /** What is wrong with {@code schema} as a draft 2020-12 schema, by the meta-schema; empty when valid. */
    List<String> metaSchemaErrors(JsonNode schema) {
        return messages(registry.getSchema(SchemaLocation.of(DRAFT_2020_12)).validate(schema));
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }
}
