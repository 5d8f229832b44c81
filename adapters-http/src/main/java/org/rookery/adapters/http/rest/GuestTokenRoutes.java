package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.rookery.adapters.http.auth.JwtTokens;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.ports.in.LimitedAction;

/**
 * {@code POST /v1/auth/guest}: mints a guest identity (an unguessable user id and a bearer token
 * for it), limited per client IP. Thread-safe.
 */
final class GuestTokenRoutes implements HttpService {
    /** The answer: who the guest is, the token to send, and when it stops working. */
    public record GuestJson(String userId, String token, String expiresAt) {}

    private final JwtTokens tokens;
    private final JsonExchange exchange;
    private final RateLimits limits;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    GuestTokenRoutes(JwtTokens tokens, JsonExchange exchange, RateLimits limits, Duration ttl) {
        this.tokens = tokens;
        this.exchange = exchange;
        this.limits = limits;
        this.ttl = ttl;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/auth/guest", this::guest);
    }

    private void guest(ServerRequest req, ServerResponse res) {
        limits.check(LimitedAction.GUEST_TOKEN, null, JsonExchange.clientIp(req));
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        String userId = "guest-" + HexFormat.of().formatHex(bytes);
        String token = tokens.mint(userId, ttl, true);
        exchange.send(res, 201, new GuestJson(userId, token, tokens.expiry(token).toString()));
    }
}
