package org.rookery.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A bridge for {@link EventEnvelopeSerializerTest}, which still names the API's JSON codec by its
 * old place in this package: the codec now lives in {@code org.rookery.adapters.http.json}, and
 * the serializer and its test are moving to a codec module of their own. Delete this with that
 * test. Thread-safe.
 */
final class Json {
    private final org.rookery.adapters.http.json.Json codec = HttpApi.newJson();

    ObjectMapper mapper() {
        return codec.mapper();
    }

    String writeString(Object value) {
        return codec.writeString(value);
    }
}
