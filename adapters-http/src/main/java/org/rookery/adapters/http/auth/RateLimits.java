package org.rookery.adapters.http.auth;

import java.time.Duration;
import org.rookery.adapters.http.observability.Abuse;
import org.rookery.adapters.http.observability.AbuseLog;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.ports.in.AdmitActionUseCase;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.answer.Admission;

/**
 * The HTTP side of rate limiting: asks the admission use case whether a caller may act and
 * turns a refusal into a 429 {@code rate_limited} problem with the wait (and a count in the
 * metrics). The decision itself is the application's. Thread-safe.
 */
public final class RateLimits {
    private final AdmitActionUseCase admission;
    private final HttpMetrics metrics;
    private final AbuseLog abuse;

    public RateLimits(AdmitActionUseCase admission, HttpMetrics metrics, AbuseLog abuse) {
        this.admission = admission;
        this.metrics = metrics;
        this.abuse = abuse;
    }

    /** Admits the action, or throws a 429 {@code rate_limited} problem with the wait. */
    public void check(LimitedAction action, String userId, String clientAddress) {
        Duration wait = waitFor(action, userId, clientAddress);
        if (wait != null) throw ApiProblemException.rateLimited(action.key() + " requests", wait);
    }

    /** Admits the action: null when admitted, else how long to wait. */
    public Duration waitFor(LimitedAction action, String userId, String clientAddress) {
        if (admission.admit(action, userId, clientAddress) instanceof Admission.Refused(Duration retryAfter)) {
            metrics.rateLimited(action);
            abuse.record(Abuse.RATE_LIMITED, () -> action.key() + " refused for user " + (userId == null ? "-" : userId)
                    + " from " + clientAddress);
            return retryAfter;
        }
        return null;
    }
}
