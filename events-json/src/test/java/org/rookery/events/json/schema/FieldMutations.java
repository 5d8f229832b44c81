package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The mistakes a writer makes with field names, applied to a valid document: each field (at
 * every depth) dropped, each field renamed, and an unknown field added to each object. A strict
 * schema refuses every one of them. Stateless.
 */
final class FieldMutations {
    private FieldMutations() {}

    static List<JsonNode> of(JsonNode document) {
        List<JsonNode> mutants = new ArrayList<>();
        collect(document, new ArrayList<>(), document, mutants);
        return mutants;
    }

    private static void collect(JsonNode root, List<String> path, JsonNode node, List<JsonNode> mutants) {
        if (!node.isObject()) return;
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        mutants.add(mutate(root, path, o -> o.put("unexpected", true)));
        for (String name : names) {
            mutants.add(mutate(root, path, o -> o.remove(name)));
            mutants.add(mutate(root, path, o -> o.set(name + "Renamed", o.remove(name))));
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(root, deeper, node.get(name), mutants);
        }
    }

    private static JsonNode mutate(JsonNode root, List<String> path, Consumer<ObjectNode> change) {
        JsonNode copy = root.deepCopy();
        JsonNode target = copy;
        for (String name : path) target = target.get(name);
        change.accept((ObjectNode) target);
        return copy;
    }
}
