package org.rookery.client;

/**
 * Keeps a live game's events gap-free and duplicate-free across reconnections: an event is
 * delivered only if its seq follows the last one delivered; an older one is a duplicate (a
 * replay), a later one shows a gap (events still to come from a resume). Asks for a resume at
 * most once per point reached, so a burst of early events triggers one. Not thread-safe: used on
 * the connection thread.
 */
final class EventSequencer {
    enum Verdict { DELIVER, DUPLICATE, GAP }

    private static final long NONE = -1;
    private long lastSeq;
    private long resumeAskedAt = NONE;

    /** Starting after {@code resumeAfter}, or (null) from the first snapshot. */
    EventSequencer(Long resumeAfter) {
        this.lastSeq = resumeAfter == null ? NONE : resumeAfter;
    }

    boolean hasBaseline() {
        return lastSeq != NONE;
    }

    /** The seq of the last event delivered (or of the snapshot events start after); -1 before the first snapshot. */
    long lastSeq() {
        return lastSeq;
    }

    /** Events start after the snapshot at {@code seq}. */
    void baseline(long seq) {
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0, got " + seq);
        lastSeq = seq;
    }

    Verdict offer(long seq) {
        if (!hasBaseline()) return Verdict.GAP;
        if (seq <= lastSeq) return Verdict.DUPLICATE;
        if (seq > lastSeq + 1) return Verdict.GAP;
        lastSeq = seq;
        return Verdict.DELIVER;
    }

    /** Whether to ask for a resume now: true once for each point reached. */
    boolean shouldAskResume() {
        if (!hasBaseline() || resumeAskedAt == lastSeq) return false;
        resumeAskedAt = lastSeq;
        return true;
    }

    /** A resume from {@link #lastSeq()} was just asked for (a new connection does that itself). */
    void resumeAsked() {
        resumeAskedAt = lastSeq;
    }
}
