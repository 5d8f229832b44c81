package org.rookery.ports.out.engine;

/**
 * How urgent an engine request is. Engines serve the most urgent waiting request first, and each
 * tier has its own time budget and queue limit. Immutable.
 */
public enum SlaTier {
    /** A bot's move in a live game: a clock is running. */
    CRITICAL,
    /** An analysis a player asked for and waits to see. */
    NORMAL,
    /** Background work nobody waits for, such as puzzle mining. */
    LOW
}
