package org.rookery.adapters.http.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.rookery.adapters.http.problem.ApiProblemException;

/**
 * Lets in callers that are services or operators by a shared bearer token ({@link ServiceTokens}),
 * compared in constant time. No token, or a token that is neither the right one nor a player's,
 * is 401 {@code unauthorized}; a valid player token is 403 {@code forbidden} (known, but not
 * allowed); a route whose token is not configured lets nobody in. Thread-safe.
 */
public final class ServiceAuthentication {
    private final BearerAuthentication players;
    private final byte[] admin;
    private final byte[] results;

    public ServiceAuthentication(BearerAuthentication players, ServiceTokens tokens) {
        this.players = players;
        this.admin = tokens.admin().getBytes(StandardCharsets.UTF_8);
        this.results = tokens.results().getBytes(StandardCharsets.UTF_8);
    }

    /** Admin routes: the admin token only. */
    public void requireAdmin(ServerRequest req) {
        require(req, "admin", admin, admin);
    }

    /** The legacy results route: the results token, or the admin token. */
    public void requireResultsCaller(ServerRequest req) {
        require(req, "results", results, admin);
    }

    private void require(ServerRequest req, String role, byte[] token, byte[] alternative) {
        String shown = BearerAuthentication.token(req.headers().first(HeaderNames.AUTHORIZATION).orElse(null), null)
                .orElseThrow(() -> ApiProblemException.unauthorized("this route needs Authorization: Bearer <" + role + " token>"));
        byte[] bytes = shown.getBytes(StandardCharsets.UTF_8);
        if (matches(token, bytes) || matches(alternative, bytes)) return;
        if (isPlayerToken(shown)) {
            throw new ApiProblemException(403, "forbidden", "players may not call this route; it needs the " + role + " token");
        }
        if (token.length == 0 && alternative.length == 0) {
            throw ApiProblemException.unauthorized("this route is closed: no " + role + " token is configured");
        }
        throw ApiProblemException.unauthorized("the bearer token is not the " + role + " token");
    }

    private static boolean matches(byte[] expected, byte[] shown) {
        return expected.length > 0 && MessageDigest.isEqual(expected, shown);
    }

    private boolean isPlayerToken(String token) {
        try {
            players.tokens().verify(token);
            return true;
        } catch (ApiProblemException notOne) {
            return false;
        }
    }
}
