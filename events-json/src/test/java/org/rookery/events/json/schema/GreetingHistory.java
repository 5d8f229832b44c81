package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rookery.events.json.EventUpcaster;
import org.rookery.events.json.EventUpcasters;

/**
 * A test-only event type with a history, to prove the evolution machinery end to end where no
 * real type has a second version yet: {@code Greeting} v1 {@code {text}}, v2 renamed it
 * {@code message}, v3 added the required {@code language} (every earlier greeting was English).
 * Its schemas and stored old events live in src/test/resources/schema-evolution. Stateless.
 */
public final class GreetingHistory {
    public static final String TYPE = "Greeting";
    public static final int CURRENT_VERSION = 3;

    /** v1 → v2: {@code text} is now {@code message}. */
    public static final EventUpcaster V1_TO_V2 = step(1, (payload, envelope) -> {
        payload.set("message", payload.remove("text"));
        return payload;
    });

    /** v2 → v3: the language is required; before v3 there were only English greetings. */
    public static final EventUpcaster V2_TO_V3 = step(2, (payload, envelope) -> payload.put("language", "en"));

    private GreetingHistory() {}

    public static EventUpcasters upcasters() {
        return EventUpcasters.of(List.of(V1_TO_V2, V2_TO_V3));
    }

    /** What a step does to a payload. */
    @FunctionalInterface
    public interface Upcast {
        ObjectNode apply(ObjectNode payload, JsonNode envelope);
    }

    /** A step of a type's history from a function; for tests. */
    public static EventUpcaster step(String type, int fromVersion, Upcast upcast) {
        return new EventUpcaster() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public ObjectNode upcast(ObjectNode payload, JsonNode envelope) {
                return upcast.apply(payload, envelope);
            }
        };
    }

    private static EventUpcaster step(int fromVersion, Upcast upcast) {
        return step(TYPE, fromVersion, upcast);
    }
}
