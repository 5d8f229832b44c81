package org.rookery.adapters.http;

/**
 * One connection's allowance of client frames: a token bucket of {@code burst} frames refilled
 * at {@code perSecond}. It tells whether a frame may be handled, whether a refusal deserves an
 * error frame (the first of a run of refusals does), and when a flood has gone on long enough to
 * close the connection. Not thread-safe: a connection reads its frames on one thread.
 */
final class FrameBudget {
    enum Verdict { HANDLE, REFUSE_AND_TELL, REFUSE_SILENTLY, CLOSE }

    private final int burst;
    private final double perNano;
    private final int floodLimit;
    private double tokens;
    private long last;
    private int refusedInARow;

    FrameBudget(int burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.floodLimit = burst * 5;
        this.tokens = burst;
        this.last = nowNanos;
    }

    Verdict spend(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            refusedInARow = 0;
            return Verdict.HANDLE;
        }
        refusedInARow++;
        if (refusedInARow > floodLimit) return Verdict.CLOSE;
        return refusedInARow == 1 ? Verdict.REFUSE_AND_TELL : Verdict.REFUSE_SILENTLY;
    }
}
