package org.rookery.adapters.http.websocket;

/**
 * One connection's allowance of client frames: a token bucket of {@code burst} frames refilled
 * at {@code perSecond}. It tells whether a frame may be handled, whether a refusal deserves an
 * error frame (the first since the last handled frame does), and when a flood has gone on long
 * enough to close the connection: more than {@code 5 × burst} refusals before the bucket has
 * filled back to half, however the flood is spread over time (a flooder's odd handled frame,
 * refilled a token at a time, does not clear its record). Not thread-safe: a connection reads its
 * frames on one thread.
 */
final class FrameBudget {
    enum Verdict { HANDLE, REFUSE_AND_TELL, REFUSE_SILENTLY, CLOSE }

    private final int burst;
    private final double perNano;
    private final int floodLimit;
    private double tokens;
    private long last;
    private int refused;
    private boolean told;

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
            told = false;
            if (tokens >= burst / 2.0) refused = 0; // calmed down: the flood, if any, is over
            return Verdict.HANDLE;
        }
        refused++;
        if (refused > floodLimit) return Verdict.CLOSE;
        if (told) return Verdict.REFUSE_SILENTLY;
        told = true;
        return Verdict.REFUSE_AND_TELL;
    }
}
