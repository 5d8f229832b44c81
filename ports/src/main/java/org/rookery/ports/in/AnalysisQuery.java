package org.rookery.ports.in;

import java.util.Objects;

/**
 * A player's request to analyse a position: the FEN and how far to search, by depth (plies),
 * by move time (milliseconds) or both (whichever comes first); zero means "not set" and at least
 * one must be set. Both are bounded so that no request can hold an engine for long. Whether the
 * FEN describes a position is for the use case to say. Invalid values cannot exist. Immutable.
 */
public record AnalysisQuery(String fen, int depth, long movetimeMs) {
    public static final int MAX_DEPTH = 30;
    public static final long MAX_MOVETIME_MS = 5_000;
    /** A FEN is never longer (the longest legal one has about 90 characters). */
    public static final int MAX_FEN_LENGTH = 128;

    public AnalysisQuery {
        Objects.requireNonNull(fen, "fen");
        if (fen.isBlank() || fen.length() > MAX_FEN_LENGTH) {
            throw new InvalidAnalysisQueryException("fen", "a FEN has 1 to " + MAX_FEN_LENGTH + " characters");
        }
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new InvalidAnalysisQueryException("depth", "depth is between 1 and " + MAX_DEPTH + ", got " + depth);
        }
        if (movetimeMs < 0 || movetimeMs > MAX_MOVETIME_MS) {
            throw new InvalidAnalysisQueryException("movetimeMs", "movetimeMs is between 1 and " + MAX_MOVETIME_MS + ", got " + movetimeMs);
        }
        if (depth == 0 && movetimeMs == 0) {
            throw new InvalidAnalysisQueryException("depth", "say how far to search: depth (1-" + MAX_DEPTH + ") or movetimeMs (1-" + MAX_MOVETIME_MS + ")");
        }
    }
}
