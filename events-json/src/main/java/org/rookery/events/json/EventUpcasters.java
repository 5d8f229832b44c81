package org.rookery.events.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Every upcaster a build knows, chained per type: an envelope written under version N of its
 * payload's schema goes through the steps N→N+1→…→current on its JSON tree, then the strict
 * reader reads the current version. Immutable, so thread-safe.
 */
public final class EventUpcasters {
    private static final EventUpcasters STANDARD = of(List.of());

    private final Map<String, EventUpcaster> steps;

    private EventUpcasters(Map<String, EventUpcaster> steps) {
        this.steps = Map.copyOf(steps);
    }

    /**
     * The chain this build ships, the one replay reads old events with. Empty while every event
     * type is at version 1; docs/events.md says how to add a step when a schema's version is bumped.
     */
    public static EventUpcasters standard() {
        return STANDARD;
    }

    /** A chain of these steps; at most one step per type and version. */
    public static EventUpcasters of(List<? extends EventUpcaster> upcasters) {
        Map<String, EventUpcaster> steps = new HashMap<>();
        for (EventUpcaster step : upcasters) {
            if (step.fromVersion() < 1) throw new IllegalArgumentException("schema versions start at 1: " + describe(step));
            EventUpcaster previous = steps.putIfAbsent(key(step.type(), step.fromVersion()), step);
            if (previous != null) throw new IllegalArgumentException("two upcasters for " + describe(step));
        }
        return new EventUpcasters(steps);
    }

    /** Whether this chain has the step that reads {@code type}'s version {@code fromVersion}. */
    public boolean reads(String type, int fromVersion) {
        return steps.containsKey(key(type, fromVersion));
    }

    /**
     * Brings the envelope's payload, in place, to the version its type has now. An envelope whose
     * type, version or payload is missing or mistyped, or whose type is unknown ({@code currentVersion}
     * answers 0), or whose version is already current or newer, is left as it is for the strict
     * reader to judge.
     *
     * @throws UnreadableEventException when a step of the chain is missing or fails
     */
    public void bringUpToDate(ObjectNode envelope, ToIntFunction<String> currentVersion) {
        JsonNode type = envelope.get("type"), version = envelope.get("schemaVersion"), payload = envelope.get("payload");
        if (type == null || !type.isTextual() || version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                || payload == null || !payload.isObject()) {
            return;
        }
        String name = type.textValue();
        int current = currentVersion.applyAsInt(name);
        ObjectNode upcasting = (ObjectNode) payload;
        for (int v = version.intValue(); v < current; v++) {
            EventUpcaster step = steps.get(key(name, v));
            if (step == null) {
                throw new UnreadableEventException(UnreadableEventException.Reason.UNKNOWN_SCHEMA_VERSION, name + " schema version " + v
                        + " cannot be read: no upcaster from version " + v + " (this build reads " + current + ")", null);
            }
            upcasting = upcast(step, upcasting, envelope);
            envelope.set("payload", upcasting);
            envelope.put("schemaVersion", v + 1);
        }
    }

    private static ObjectNode upcast(EventUpcaster step, ObjectNode payload, JsonNode envelope) {
        ObjectNode next;
        try {
            next = step.upcast(payload, envelope);
        } catch (RuntimeException e) {
            throw new UnreadableEventException("upcasting " + describe(step) + " failed: " + e.getMessage(), e);
        }
        if (next == null) throw new UnreadableEventException("upcasting " + describe(step) + " gave no payload");
        return next;
    }

    private static String key(String type, int fromVersion) {
        return type + " v" + fromVersion;
    }

    private static String describe(EventUpcaster step) {
        return step.type() + " v" + step.fromVersion() + " to v" + (step.fromVersion() + 1);
    }
}
