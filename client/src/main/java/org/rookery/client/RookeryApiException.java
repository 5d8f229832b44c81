package org.rookery.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The server refused a call: the problem details it answered (RFC 9457: {@code status}, the
 * stable machine {@code code} such as {@code illegal_move} or {@code stale_ply}, {@code title},
 * {@code detail}, {@code type}), the {@code X-Request-ID} of the call and, for 429, how long to
 * wait ({@code Retry-After}). An answer that is not problem JSON (say, a proxy's error page) gets
 * the code {@code unexpected_response}. Immutable.
 */
public final class RookeryApiException extends RuntimeException {
    /** The code given to error answers that carry no problem details. */
    public static final String UNEXPECTED_RESPONSE = "unexpected_response";
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final String type;
    private final String requestId;
    private final Duration retryAfter;

    public RookeryApiException(int status, String code, String title, String detail, String type, String requestId, Duration retryAfter) {
        super(status + " " + code + ": " + detail + " (request id " + requestId + ")");
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.type = type;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The stable machine code ({@code illegal_move}, {@code not_your_turn}, {@code game_not_found}, …). */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The problem type URI ({@code urn:rookery:problem:<code>}). */
    public String type() {
        return type;
    }

    /** The {@code X-Request-ID} of the refused call: quote it when reporting a problem. */
    public String requestId() {
        return requestId;
    }

    /** How long the server asks to wait before trying again; present on 429 answers. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
