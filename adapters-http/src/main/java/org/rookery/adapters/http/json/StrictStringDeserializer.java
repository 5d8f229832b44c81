package org.rookery.adapters.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a string field from a JSON string only: Jackson's own reader also takes numbers and
 * booleans ({@code "moveId": 5} would become {@code "5"}), whatever the coercion settings. A
 * string that holds a lone surrogate (from a {@code \ud800} escape) names no text and is refused
 * too: written back out it would turn into another string. Stateless, so thread-safe.
 */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) return (String) ctxt.handleUnexpectedToken(String.class, p);
        String text = p.getText();
        if (hasLoneSurrogate(text)) {
            return (String) ctxt.handleWeirdStringValue(String.class, text, "a string must not hold a lone surrogate");
        }
        return text;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }
}
