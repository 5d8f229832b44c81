package org.rookery.adapters.uci;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options an engine advertised in its {@code option name … type …} lines, by name (UCI option
 * names are case-insensitive). Filled during the handshake, read-only after; not thread-safe
 * while filled.
 */
final class UciOptions {
    /** One advertised option; {@code min}/{@code max} only for spins, {@code defaultValue} as the engine wrote it. */
    record Option(String name, String type, String defaultValue, long min, long max) {
        long clamp(long value) {
            return Math.max(min, Math.min(max, value));
        }
    }

    private final Map<String, Option> byName = new HashMap<>();

    /** Reads an {@code option} line; other lines are ignored. */
    void read(String line) {
        if (!line.startsWith("option name ")) return;
        int typeAt = line.indexOf(" type ");
        if (typeAt < 0) return;
        String name = line.substring("option name ".length(), typeAt).trim();
        String[] tokens = line.substring(typeAt + 1).trim().split("\\s+");
        String type = "", defaultValue = "";
        long min = Long.MIN_VALUE, max = Long.MAX_VALUE;
        for (int i = 0; i + 1 < tokens.length; i++) {
            switch (tokens[i]) {
                case "type" -> type = tokens[++i];
                case "default" -> defaultValue = tokens[++i];
                case "min" -> min = parseOr(tokens[++i], min);
                case "max" -> max = parseOr(tokens[++i], max);
                default -> { }
            }
        }
        byName.put(key(name), new Option(name, type, defaultValue, min, max));
    }

    Optional<Option> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The option when the engine offers it as a spin (a number with bounds). */
    Optional<Option> spin(String name) {
        return find(name).filter(o -> o.type().equals("spin"));
    }

    boolean hasCheck(String name) {
        return find(name).filter(o -> o.type().equals("check")).isPresent();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static long parseOr(String text, long fallback) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
