package org.rookery.adapters.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.rookery.domain.event.EventEnvelope;

/**
 * JSON in and out with Jackson, strict on input: unknown fields, wrong types, numbers in
 * strings, fractions for integers, nulls for primitives and trailing garbage are all refused
 * with an {@link ApiProblemException} that names the field. Thread-safe.
 */
public final class Json {
    // A shared buffer pool: Jackson's default keeps buffers per thread, and our threads are
    // virtual and short-lived (a writer per burst of frames), so each would allocate its own.
    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new SimpleModule("rookery-events").addSerializer(EventEnvelope.class, new EventEnvelopeSerializer()))
            .build();

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public String writeString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a JSON text into {@code type} in one pass; only when that fails does it go the careful
     * way of {@link #read(byte[], Class)}, which names the problem. The hot path of every WebSocket
     * frame, so the common case pays for one parse, not two.
     */
    public <T> T read(String text, Class<T> type) {
        try {
            T value = mapper.readValue(text, type);
            if (value != null) return value;
        } catch (JsonProcessingException e) {
            // fall through: the careful reading below throws the problem that says what is wrong
        }
        return read(text.getBytes(StandardCharsets.UTF_8), type);
    }

    /** Reads a JSON document into {@code type}, or throws the problem that tells the client what is wrong. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) throw new ApiProblemException(400, "malformed_json", "a JSON body is required");
        JsonNode tree;
        try {
            tree = mapper.readTree(body); // syntax first, so that a truncated document is never a "wrong type"
        } catch (StreamReadException e) {
            throw new ApiProblemException(400, "malformed_json", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiProblemException(400, "malformed_json", "the body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) throw new ApiProblemException(400, "malformed_json", "the body must be a JSON object");
        try {
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblemException.badRequest("unknown field '" + path(e) + "'");
        } catch (MismatchedInputException e) {
            throw ApiProblemException.badRequest("field '" + path(e) + "' must be " + expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw ApiProblemException.badRequest("field '" + path((JsonMappingException) e) + "' is invalid: " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String expected(Class<?> type) {
        if (type == null) return "of another type";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "an integer";
        if (type == Boolean.class || type == boolean.class) return "a boolean";
        if (type == String.class) return "a string";
        return "an object";
    }
}
