package org.rookery.adapters.http.usecase;

import java.util.Objects;
import org.rookery.adapters.http.auth.ServiceTokens;
import org.rookery.ports.in.GetLeaderboardUseCase;
import org.rookery.ports.in.GetRatingsUseCase;
import org.rookery.ports.in.RecordLegacyResultUseCase;
import org.rookery.ports.in.StartBackfillUseCase;

/**
 * The rating use cases the HTTP adapter drives, and the service tokens that guard the legacy
 * results route and the admin routes. Immutable.
 */
public record RatingApi(
        GetRatingsUseCase ratings,
        GetLeaderboardUseCase leaderboards,
        RecordLegacyResultUseCase legacyResults,
        StartBackfillUseCase backfill,
        ServiceTokens tokens) {
    public RatingApi {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(leaderboards, "leaderboards");
        Objects.requireNonNull(legacyResults, "legacyResults");
        Objects.requireNonNull(backfill, "backfill");
        Objects.requireNonNull(tokens, "tokens");
    }
}
