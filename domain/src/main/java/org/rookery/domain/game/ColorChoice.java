package org.rookery.domain.game;

import java.util.Locale;

/** The colour a game's creator asks for; {@code RANDOM} is drawn when the game is created. Immutable. */
public enum ColorChoice {
    WHITE,
    BLACK,
    RANDOM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code "white"}, {@code "black"} or {@code "random"}; null when the text is none of them. */
    public static ColorChoice fromWireName(String text) {
        for (ColorChoice c : values()) if (c.wireName().equals(text)) return c;
        return null;
    }
}
