package org.rookery.bot;

/** Thrown for a bot level outside 1–8; names the value. Immutable. */
public final class InvalidBotLevelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int level;

    public InvalidBotLevelException(int level) {
        super("a bot level is between " + BotLevel.LOWEST + " and " + BotLevel.HIGHEST + ", got " + level);
        this.level = level;
    }

    public int level() {
        return level;
    }
}
