package org.rookery.bot;

/** Where a bot's move came from, in the order the bot asks: the opening book, the engine, chance. Immutable. */
public enum MoveSource {
    BOOK,
    ENGINE,
    RANDOM
}
