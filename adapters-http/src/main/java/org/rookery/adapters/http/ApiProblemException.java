package org.rookery.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * A request the API refuses, carrying everything its RFC 9457 problem answer needs: the HTTP
 * status, the stable machine code ({@code "stale_ply"}), a detail for humans and, for 429, how
 * long to wait. Handlers throw it; {@link ProblemResponses} renders it. Immutable.
 */
public final class ApiProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final transient Duration retryAfter;

    public ApiProblemException(int status, String code, String detail) {
        this(status, code, detail, null);
    }

    public ApiProblemException(int status, String code, String detail, Duration retryAfter) {
        super(detail, null, false, false); // a refusal, not a bug: no stack trace to fill or leak
        if (status < 400 || status > 599) throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** How long a rate-limited caller should wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static ApiProblemException badRequest(String detail) {
        return new ApiProblemException(400, "invalid_request", detail);
    }

    public static ApiProblemException unauthorized(String detail) {
        return new ApiProblemException(401, "unauthorized", detail);
    }

    public static ApiProblemException payloadTooLarge(long limit) {
        return new ApiProblemException(413, "payload_too_large", "the request body exceeds " + limit + " bytes");
    }
}
