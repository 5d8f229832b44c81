package org.rookery.client;

import java.time.Duration;

/**
 * The server refused a request: its HTTP status, the problem's stable {@code code}
 * ({@code "stale_ply"}), its detail, the request id to quote, and for 429 how long to wait.
 * Immutable.
 */
public final class RookeryApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String requestId;
    private final transient Duration retryAfter;

    public RookeryApiException(int status, String code, String detail, String requestId, Duration retryAfter) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }

    /** How long to wait before retrying, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
