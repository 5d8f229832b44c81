package org.rookery.events.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of an event type's schema history: turns a payload written under schema version
 * {@link #fromVersion()} into the payload of version {@code fromVersion() + 1}, on the JSON tree,
 * before the strict reader sees it. Steps chain ({@link EventUpcasters}), so replay reads every
 * version ever written while the reader knows the current one only. Implementations must be
 * stateless and thread-safe.
 */
public interface EventUpcaster {

    /** The event type this step belongs to ({@code "MovePlayed"}). */
    String type();

    /** The schema version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /**
     * The payload in the next version. May change {@code payload} in place and return it.
     *
     * @param payload the payload as written under {@link #fromVersion()}, owned by the caller
     * @param envelope the whole envelope, read only, for steps that need its metadata (e.g. {@code occurredAt})
     * @throws RuntimeException when the old payload lacks what the step needs; reported as an
     *     {@link UnreadableEventException}
     */
    ObjectNode upcast(ObjectNode payload, JsonNode envelope);
}
