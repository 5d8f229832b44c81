package org.rookery.adapters.http.auth;

/**
 * The shared secrets of callers that are services or operators, not players: the admin token
 * (backfills) and the results token (the legacy {@code POST /v1/game-results}, used by the old
 * game server during the migration; the admin token is accepted there too). Blank means that
 * nobody is let in with it. Immutable.
 */
public record ServiceTokens(String admin, String results) {
    public static final ServiceTokens NONE = new ServiceTokens("", "");

    public ServiceTokens {
        admin = admin == null ? "" : admin;
        results = results == null ? "" : results;
    }
}
