package org.rookery.domain.game;

import java.util.Locale;

/**
 * The lifecycle of a live game, {@code waiting_for_opponent → in_progress → ended}, plus
 * {@code aborted}, with the transitions the state machine allows. (Not to be confused with
 * {@link org.rookery.domain.chess.GameStatus}, the rules' verdict on a position.) Immutable.
 */
public enum Lifecycle {
    WAITING_FOR_OPPONENT,
    IN_PROGRESS,
    ENDED,
    ABORTED;

    /** Whether the state machine allows going from this state to {@code next}. */
    public boolean canBecome(Lifecycle next) {
        return switch (this) {
            case WAITING_FOR_OPPONENT -> next == IN_PROGRESS || next == ABORTED;
            case IN_PROGRESS -> next == ENDED || next == ABORTED;
            case ENDED, ABORTED -> false;
        };
    }

    /** Whether no transition leaves this state. */
    public boolean isTerminal() {
        return this == ENDED || this == ABORTED;
    }

    /** The API's name ({@code "waiting_for_opponent"}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
