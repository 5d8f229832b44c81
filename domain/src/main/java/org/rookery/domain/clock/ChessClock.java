package org.rookery.domain.clock;

import java.util.Objects;
import org.rookery.domain.chess.Color;

/**
 * A two-sided Fischer chess clock driven by timestamps the caller supplies (epoch milliseconds
 * from a time source, never the wall clock). It stores each side's time at the start of the
 * current turn and computes the running side's time when read, so nothing ticks.
 * {@link #switchTurn(long, long)} takes a credit in milliseconds, the seam for lag compensation.
 * Mutable and not thread-safe: it belongs to one game, used under that game's lock.
 */
public final class ChessClock {
    private final TimeControl control;
    private long whiteMs;
    private long blackMs;
    private Color turn;
    private boolean running;
    private long turnStartedAtMs;

    public ChessClock(TimeControl control, Color firstToMove) {
        this.control = Objects.requireNonNull(control, "control");
        this.turn = Objects.requireNonNull(firstToMove, "firstToMove");
        this.whiteMs = control.initialMs();
        this.blackMs = control.initialMs();
    }

    /** Starts the side to move's clock. */
    public void start(long nowMs) {
        running = true;
        turnStartedAtMs = nowMs;
    }

    /**
     * Ends the running side's turn: charges its thinking time (less {@code creditMs}, never
     * below zero), adds the increment and starts the other side.
     */
    public void switchTurn(long nowMs, long creditMs) {
        long spent = Math.max(0, nowMs - turnStartedAtMs - Math.max(0, creditMs));
        long left = Math.max(0, stored(turn) - spent) + control.incrementMs();
        store(turn, left);
        turn = turn.opposite();
        turnStartedAtMs = nowMs;
    }

    /** Stops the clock, charging the running side for its time so far (never below zero). */
    public void stop(long nowMs) {
        if (!running) return;
        store(turn, remainingMs(turn, nowMs));
        running = false;
    }

    /** Sets every value at once, as recorded in an event (replay and restore). */
    public void set(long whiteMs, long blackMs, Color turn, boolean running, long turnStartedAtMs) {
        this.whiteMs = whiteMs;
        this.blackMs = blackMs;
        this.turn = Objects.requireNonNull(turn, "turn");
        this.running = running;
        this.turnStartedAtMs = turnStartedAtMs;
    }

    /** The side's remaining time at {@code nowMs}, never below zero. */
    public long remainingMs(Color side, long nowMs) {
        long stored = stored(side);
        if (!running || side != turn) return stored;
        return Math.max(0, stored - Math.max(0, nowMs - turnStartedAtMs));
    }

    /** Whether the running side has no time left at {@code nowMs}. */
    public boolean hasFlagged(long nowMs) {
        return running && nowMs - turnStartedAtMs >= stored(turn);
    }

    /** The instant (epoch ms) the running side's flag falls, or {@link Long#MAX_VALUE} when stopped. */
    public long flagDeadlineMs() {
        return running ? turnStartedAtMs + stored(turn) : Long.MAX_VALUE;
    }

    public ClockView view(long nowMs) {
        return new ClockView(remainingMs(Color.WHITE, nowMs), remainingMs(Color.BLACK, nowMs), turn, running);
    }

    /** The stored values, from which any later instant's view follows. */
    public ClockReading reading() {
        return new ClockReading(whiteMs, blackMs, turn, running, turnStartedAtMs);
    }

    public TimeControl control() {
        return control;
    }

    public Color turn() {
        return turn;
    }

    public boolean isRunning() {
        return running;
    }

    /** The time stored for a side at the start of the current turn (not counting the running turn). */
    public long storedMs(Color side) {
        return stored(side);
    }

    public long turnStartedAtMs() {
        return turnStartedAtMs;
    }

    private long stored(Color side) {
        return side == Color.WHITE ? whiteMs : blackMs;
    }

    private void store(Color side, long ms) {
        if (side == Color.WHITE) whiteMs = ms;
        else blackMs = ms;
    }
}
