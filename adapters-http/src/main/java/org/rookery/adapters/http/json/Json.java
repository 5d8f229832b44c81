package org.rookery.adapters.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.domain.event.EventEnvelope;

/**
 * JSON in and out with Jackson, strict on input: bytes that are not UTF-8 (overlong forms,
 * surrogates, code points past U+10FFFF), duplicate keys, unknown fields, any scalar of the wrong
 * type (a number or boolean where a string belongs, a string where a number does, fractions for
 * integers, nulls for primitives), strings holding lone surrogates and trailing garbage are all
 * refused with an {@link ApiProblemException} that names the problem. Thread-safe.
 */
public final class Json {
    private final ObjectMapper mapper;

    /** Event envelopes are written by the shared event JSON (the API's one hand-written serializer). */
    public Json() {
        StdSerializer<EventEnvelope> envelopeWriter = new EventEnvelopeSerializer();
        // A shared buffer pool: Jackson's default keeps buffers per thread, and our threads are
        // virtual and short-lived (a writer per burst of frames), so each would allocate its own.
        JsonFactory factory = JsonFactory.builder()
                .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("rookery-wire")
                        .addSerializer(EventEnvelope.class, envelopeWriter)
                        .addDeserializer(String.class, new StrictStringDeserializer()))
                .build();
    }

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
            tree = mapper.readTree(utf8(body)); // syntax first, so that a truncated document is never a "wrong type"
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
        } catch (InvalidFormatException e) {
            if (e.getTargetType() == String.class) throw ApiProblemException.badRequest("field '" + path(e) + "' holds a lone surrogate");
            throw ApiProblemException.badRequest("field '" + path(e) + "' must be " + expected(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw ApiProblemException.badRequest("field '" + path(e) + "' must be " + expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw ApiProblemException.badRequest("field '" + path((JsonMappingException) e) + "' is invalid: " + e.getOriginalMessage());
        }
    }

    /**
     * The text of a body that must be UTF-8. Jackson alone would decode some invalid sequences
     * (an overlong "/" becomes "/", a code point past U+10FFFF becomes two surrogates), so that
     * two different byte strings could name one id; the JDK's decoder, set to report, refuses them.
     */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblemException(400, "malformed_json", "the body is not valid UTF-8");
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
