package org.rookery.domain.chess.pgn;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One PGN tag pair such as {@code [White "Carlsen, Magnus"]}. The name is a PGN symbol (letters,
 * digits and {@code _+#=:-}, starting with a letter or digit); the value is one line of printable
 * text, stored unescaped. Immutable.
 */
public record TagPair(String name, String value) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_+#=:-]{0,254}");

    public TagPair {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a PGN tag name (letters, digits and _+#=:-)");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("the value of tag " + name + " has a control character at " + i);
            }
        }
    }
}
