package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a new revision of an event schema is a compatible successor of the old one,
 * over the two JSON trees: old events must stay readable by the new reader (replay) and new
 * events by the old readers (consumers not yet upgraded). The only compatible change to what a
 * schema accepts is a new optional field (readers ignore fields they don't know); annotations
 * ({@code title}, {@code description}, ...) may change freely. Everything else is a breaking
 * change: a removed or renamed field, a changed type, a new required field, a field that became
 * required or optional, an enum value added or removed, any changed constraint. A keyword outside
 * the small vocabulary below is refused, so that nothing can slip past unjudged. Stateless.
 */
final class SchemaCompatibility {
    /** Keywords that do not change what validates: free to change. */
    static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description", "examples");
    /** Constraints compared as values: any change breaks. */
    static final Set<String> CONSTRAINTS = Set.of("const", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minLength", "maxLength");
    /** Keywords with their own rule. */
    static final Set<String> STRUCTURE = Set.of("type", "properties", "required", "additionalProperties", "enum");

    private SchemaCompatibility() {}

    /** The breaking changes from {@code before} to {@code after}, one sentence each; empty when compatible. */
    static List<String> breakingChanges(JsonNode before, JsonNode after) {
        List<String> breaks = new ArrayList<>();
        compare("$", before, after, breaks);
        return breaks;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<String> breaks) {
        if (!before.isObject() || !after.isObject()) {
            breaks.add(path + ": only object schemas are understood here");
            return;
        }
        Set<String> keywords = new TreeSet<>();
        before.fieldNames().forEachRemaining(keywords::add);
        after.fieldNames().forEachRemaining(keywords::add);
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword)) continue;
            if (CONSTRAINTS.contains(keyword)) {
                constraint(path, keyword, before.get(keyword), after.get(keyword), breaks);
            } else if (!STRUCTURE.contains(keyword)) {
                breaks.add(path + ": keyword '" + keyword + "' is outside the vocabulary the compatibility check understands");
            }
        }
        Set<String> typesBefore = types(before), typesAfter = types(after);
        if (!typesBefore.equals(typesAfter)) breaks.add(path + ": type changed from " + typesBefore + " to " + typesAfter);
        enumValues(path, before.get("enum"), after.get("enum"), breaks);
        additionalProperties(path, before.get("additionalProperties"), after.get("additionalProperties"), breaks);
        properties(path, before, after, breaks);
    }

    private static void properties(String path, JsonNode before, JsonNode after, List<String> breaks) {
        JsonNode propsBefore = objectOrEmpty(before.get("properties")), propsAfter = objectOrEmpty(after.get("properties"));
        Set<String> requiredBefore = names(before.get("required")), requiredAfter = names(after.get("required"));
        Set<String> added = new TreeSet<>();
        propsAfter.fieldNames().forEachRemaining(name -> {
            if (!propsBefore.has(name)) added.add(name);
        });
        propsBefore.fieldNames().forEachRemaining(name -> {
            String at = path + "." + name;
            if (!propsAfter.has(name)) {
                breaks.add(at + ": field removed" + (added.isEmpty() ? "" : " (renamed to one of " + added + "?)"));
                return;
            }
            compare(at, propsBefore.get(name), propsAfter.get(name), breaks);
            if (requiredBefore.contains(name) && !requiredAfter.contains(name)) breaks.add(at + ": field is no longer required");
            if (!requiredBefore.contains(name) && requiredAfter.contains(name)) breaks.add(at + ": field became required");
        });
        for (String name : added) {
            if (requiredAfter.contains(name)) breaks.add(path + "." + name + ": new required field (old events lack it)");
        }
    }

    private static void constraint(String path, String keyword, JsonNode before, JsonNode after, List<String> breaks) {
        if (same(before, after)) return;
        if (before == null) breaks.add(path + ": " + keyword + " " + after + " added");
        else if (after == null) breaks.add(path + ": " + keyword + " " + before + " removed");
        else breaks.add(path + ": " + keyword + " changed from " + before + " to " + after);
    }

    private static void enumValues(String path, JsonNode before, JsonNode after, List<String> breaks) {
        if (before == null && after == null) return;
        if (before == null || after == null) {
            breaks.add(path + ": enum " + (before == null ? "added" : "removed"));
            return;
        }
        Set<String> valuesBefore = values(before), valuesAfter = values(after);
        Set<String> removed = new TreeSet<>(valuesBefore), added = new TreeSet<>(valuesAfter);
        removed.removeAll(valuesAfter);
        added.removeAll(valuesBefore);
        if (!removed.isEmpty()) breaks.add(path + ": enum narrowed, " + removed + " no longer allowed (old events carry them)");
        if (!added.isEmpty()) breaks.add(path + ": enum widened, " + added + " new (old readers refuse them)");
    }

    private static void additionalProperties(String path, JsonNode before, JsonNode after, List<String> breaks) {
        for (JsonNode value : new JsonNode[] {before, after}) {
            if (value != null && !value.isBoolean()) {
                breaks.add(path + ": additionalProperties must be true or false here");
                return;
            }
        }
        if (!same(before, after)) breaks.add(path + ": additionalProperties changed from " + before + " to " + after);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        return a.equals(b);
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        return type == null ? Set.of("any") : values(type);
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        if (array.isArray()) array.forEach(v -> values.add(v.toString()));
        else values.add(array.toString());
        return values;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        if (array != null) array.forEach(v -> names.add(v.asText()));
        return names;
    }

    private static JsonNode objectOrEmpty(JsonNode node) {
        return node != null && node.isObject() ? node : JsonNodeFactory.instance.objectNode();
    }
}
