package org.rookery.adapters.http.problem;

import java.time.Duration;
import java.util.Objects;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.out.StoreUnavailableException;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.TierQueueFullException;

/**
 * A request the API refuses, carrying everything its RFC 9457 problem answer needs: the HTTP
 * status, the stable machine code ({@code "stale_ply"}), a detail for humans and, for 429 and
 * 503, how long to wait. Handlers throw it; {@link ProblemResponses} renders it (the WebSocket
 * renders it as an error frame). Immutable.
 */
public final class ApiProblemException extends RuntimeException {
    /** Retry-After of a {@code busy} game: its earlier commands are about to be done. */
    public static final Duration BUSY_RETRY = Duration.ofSeconds(1);
    /** Retry-After when the engines are busy or late: about one analysis later. */
    public static final Duration ENGINE_RETRY = Duration.ofSeconds(2);
    /** Retry-After while a store (or the engine) is {@code unavailable}: long enough not to hammer it while it recovers. */
    public static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(5);
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

    /** How long a rate-limited or refused-for-now caller should wait, or null. */
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

    public static ApiProblemException rateLimited(String what, Duration wait) {
        return new ApiProblemException(429, "rate_limited", "too many " + what + "; retry in " + Math.max(1, wait.toMillis()) + " ms", wait);
    }

    /**
     * The problem a use case's failure stands for when the caller may simply retry: a game whose
     * earlier commands held it past the deadline is 503 {@code busy}; a store that cannot be
     * reached is 503 {@code unavailable} (its message, which may name hosts, is not shown); an
     * engine queue that is full is 503 {@code engine_busy} (the platform is at capacity, not the
     * caller too fast: that is 429 {@code rate_limited}), an engine that did not answer in time
     * 503 {@code engine_timeout}, no engine that can answer 503 {@code unavailable} (its message,
     * which may name paths, is not shown). Anything else is null: a bug, answered as 500.
     */
    public static ApiProblemException ofRetryable(Throwable failure) {
        return switch (failure) {
            case GameBusyException busy -> new ApiProblemException(503, "busy", busy.getMessage(), BUSY_RETRY);
            case StoreUnavailableException down -> new ApiProblemException(503, "unavailable",
                    "a store the platform needs is unavailable; nothing was recorded, try again", UNAVAILABLE_RETRY);
            case TierQueueFullException full -> new ApiProblemException(503, "engine_busy",
                    "the engines are busy: the " + full.tier().name().toLowerCase(java.util.Locale.ROOT) + " queue is full; try again shortly", ENGINE_RETRY);
            case EngineTimeoutException late -> new ApiProblemException(503, "engine_timeout",
                    "no engine answered within " + late.allowed().toMillis() + " ms; try again, or ask for a shorter search", ENGINE_RETRY);
            case EngineUnavailableException down -> new ApiProblemException(503, "unavailable",
                    "no chess engine can answer now (none is installed, or the engines are failing)", UNAVAILABLE_RETRY);
            default -> null;
        };
    }
}
