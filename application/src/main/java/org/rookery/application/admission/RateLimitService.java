package org.rookery.application.admission;

import java.util.Objects;
import org.rookery.ports.in.AdmitActionUseCase;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.answer.Admission;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.RateLimiter.Decision;
import org.rookery.ports.out.RateLimiter.Limit;

/**
 * Admits rate-limited actions through the {@link RateLimiter} port: an action must pass the
 * caller's user bucket ({@code "move:user:alice"}) and then its address bucket
 * ({@code "move:ip:203.0.113.9"}); a refusal by the first spends nothing from the second.
 * Thread-safe (the limiter is).
 */
public final class RateLimitService implements AdmitActionUseCase {
    private final RateLimiter limiter;
    private final RateLimitPolicy policy;

    public RateLimitService(RateLimiter limiter, RateLimitPolicy policy) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Admission admit(LimitedAction action, String userId, String clientAddress) {
        Objects.requireNonNull(action, "action");
        Admission byUser = spend(policy.perUser().get(action), userId, action.key() + ":user:");
        if (byUser instanceof Admission.Refused) return byUser;
        return spend(policy.perAddress().get(action), clientAddress, action.key() + ":ip:");
    }

    private Admission spend(Limit limit, String who, String prefix) {
        if (limit == null || who == null) return Admission.ADMITTED;
        Decision decision = limiter.tryAcquire(prefix + who, limit);
        return decision.allowed() ? Admission.ADMITTED : new Admission.Refused(decision.retryAfter());
    }
}
