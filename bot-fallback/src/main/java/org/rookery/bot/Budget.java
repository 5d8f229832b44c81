package org.rookery.bot;

/** The time budgets of a bot's move, as the metrics count their timeouts. Immutable. */
public enum Budget {
    BOOK,
    ENGINE,
    MOVE
}
