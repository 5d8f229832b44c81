package org.rookery.adapters.http.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import org.rookery.adapters.http.observability.Abuse;
import org.rookery.adapters.http.observability.AbuseLog;
import org.rookery.adapters.http.problem.ApiProblemException;

/**
 * Finds who calls: the user id of the {@code Authorization: Bearer} token or, on streaming URLs
 * (WebSocket, SSE) where browsers cannot set headers, of the {@code token} query parameter.
 * No token means an anonymous caller; a bad token is always refused. Thread-safe.
 */
public final class BearerAuthentication {
    private static final String PREFIX = "Bearer ";
    private final JwtTokens tokens;
    private final AbuseLog abuse;

    /** Bad tokens are counted and logged, at a bounded rate, in {@code abuse}. */
    public BearerAuthentication(JwtTokens tokens, AbuseLog abuse) {
        this.tokens = tokens;
        this.abuse = abuse;
    }

    /** The caller's user id, or empty for an anonymous caller. */
    public Optional<String> user(ServerRequest req, boolean allowQueryToken) {
        return token(req.headers().first(HeaderNames.AUTHORIZATION).orElse(null),
                        allowQueryToken ? req.query().first("token").orElse(null) : null)
                .map(this::verify);
    }

    /** The user id of a valid token; a bad one is counted as abuse and refused with 401. */
    public String verify(String token) {
        try {
            return tokens.verify(token);
        } catch (ApiProblemException e) {
            abuse.record(Abuse.BAD_TOKEN, e::detail);
            throw e;
        }
    }

    /** The caller's user id; an anonymous caller is refused with 401. */
    public String requireUser(ServerRequest req) {
        return user(req, false).orElseThrow(() -> ApiProblemException.unauthorized("this request needs an Authorization: Bearer token"));
    }

    /** The token of an Authorization header value or of a query parameter, header first. */
    public static Optional<String> token(String authorization, String queryToken) {
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || authorization.length() == PREFIX.length()) {
                throw ApiProblemException.unauthorized("the Authorization header must be 'Bearer <token>'");
            }
            return Optional.of(authorization.substring(PREFIX.length()).trim());
        }
        return Optional.ofNullable(queryToken).filter(t -> !t.isEmpty());
    }

    public JwtTokens tokens() {
        return tokens;
    }
}
