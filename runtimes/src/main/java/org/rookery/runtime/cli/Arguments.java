package org.rookery.runtime.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments split into positionals, flags that take a value ({@code --fen FEN} or
 * {@code --fen=FEN}) and switches ({@code --divide}). Anything else starting with {@code --} is an
 * unknown flag. Immutable.
 */
final class Arguments {
    private final List<String> positionals;
    private final Map<String, String> values;
    private final Set<String> switches;

    private Arguments(List<String> positionals, Map<String, String> values, Set<String> switches) {
        this.positionals = List.copyOf(positionals);
        this.values = Map.copyOf(values);
        this.switches = Set.copyOf(switches);
    }

    /** Parses {@code args}, knowing which flags take a value and which are switches. */
    static Arguments parse(List<String> args, Set<String> valueFlags, Set<String> switchFlags) {
        List<String> positionals = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        List<String> switches = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (switchFlags.contains(name) && eq < 0) {
                switches.add(name);
            } else if (valueFlags.contains(name)) {
                String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.isBlank()) throw new UsageException(name + " needs a value");
                if (values.put(name, value) != null) throw new UsageException(name + " given twice");
            } else {
                throw new UsageException("unknown flag '" + arg + "'");
            }
        }
        return new Arguments(positionals, values, Set.copyOf(switches));
    }

    List<String> positionals() {
        return positionals;
    }

    /** The value of a flag, or {@code fallback} when it was not given. */
    String value(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }

    boolean has(String switchFlag) {
        return switches.contains(switchFlag);
    }
}
