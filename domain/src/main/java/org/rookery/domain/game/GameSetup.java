package org.rookery.domain.game;

/**
 * What a creator asks for: time control values, colour, rated flag and an optional start
 * position (null for the standard one). Raw on purpose: {@link Game#create} checks it and
 * answers bad values with a typed rejection. Immutable.
 */
public record GameSetup(long initialMs, long incrementMs, ColorChoice color, boolean rated, String fen) {
    public GameSetup {
        if (color == null) color = ColorChoice.RANDOM;
    }

    /** A standard-position game. */
    public static GameSetup standard(long initialMs, long incrementMs, ColorChoice color, boolean rated) {
        return new GameSetup(initialMs, incrementMs, color, rated, null);
    }
}
