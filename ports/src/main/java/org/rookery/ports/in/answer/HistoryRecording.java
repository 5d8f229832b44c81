package org.rookery.ports.in.answer;

/** What the history did with one event of the {@code game-events} stream. Immutable. */
public enum HistoryRecording {
    /** A {@code GameCreated}: its creation time is noted (or was noted before) for when the game ends. */
    CREATION_NOTED,
    /** A {@code GameEnded} seen for the first time: the game is archived now. */
    ARCHIVED,
    /** A {@code GameEnded} of a game archived before (a redelivery): nothing changed. */
    ALREADY_ARCHIVED,
    /** A {@code GameAborted}: the game leaves no trace in the history. */
    ABORT_FORGOTTEN,
    /** A {@code GameEnded} whose PGN does not read back: logged and skipped, so that it cannot stop the stream. */
    UNREADABLE,
    /** Any other event: moves, joins, draw offers are in the final PGN already. */
    NOT_HISTORY
}
