package org.rookery.adapters.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.rookery.adapters.http.auth.JwtTokens;
import org.rookery.adapters.http.usecase.ComputerApi;
import org.rookery.adapters.http.usecase.HistoryApi;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.adapters.http.usecase.RatingApi;
import org.rookery.ports.in.AdmitActionUseCase;
import org.rookery.ports.out.TimeSource;

/**
 * What the HTTP adapter needs from its composition root: the use cases (live games, admission of
 * rate-limited actions, and ratings, matchmaking, the computer — bots and analysis — and history
 * when served), the time, the token key, a metrics registry, the readiness signal and the
 * settings. A process that runs only live games leaves the other routes out. Immutable (the secret
 * is copied).
 */
public record HttpApiParts(
        LiveGameApi games,
        AdmitActionUseCase admission,
        TimeSource time,
        byte[] tokenSecret,
        PrometheusRegistry registry,
        BooleanSupplier ready,
        HttpSettings settings,
        Optional<RatingApi> ratings,
        Optional<MatchmakingApi> matchmaking,
        Optional<ComputerApi> computer,
        Optional<HistoryApi> history) {
    public HttpApiParts {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(matchmaking, "matchmaking");
        Objects.requireNonNull(computer, "computer");
        Objects.requireNonNull(history, "history");
        if (tokenSecret == null || tokenSecret.length < JwtTokens.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must have at least " + JwtTokens.MIN_SECRET_BYTES + " bytes");
        }
        tokenSecret = tokenSecret.clone();
    }

    /** Live games only: no rating, matchmaking, computer or history routes. */
    public HttpApiParts(LiveGameApi games, AdmitActionUseCase admission, TimeSource time, byte[] tokenSecret,
            PrometheusRegistry registry, BooleanSupplier ready, HttpSettings settings) {
        this(games, admission, time, tokenSecret, registry, ready, settings, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These parts, also serving the rating routes. */
    public HttpApiParts withRatings(RatingApi api) {
        return new HttpApiParts(games, admission, time, tokenSecret, registry, ready, settings, Optional.of(api), matchmaking, computer, history);
    }

    /** These parts, also serving the matchmaking routes. */
    public HttpApiParts withMatchmaking(MatchmakingApi api) {
        return new HttpApiParts(games, admission, time, tokenSecret, registry, ready, settings, ratings, Optional.of(api), computer, history);
    }

    /** These parts, also serving a player's archive and PGN download. */
    public HttpApiParts withHistory(HistoryApi api) {
        return new HttpApiParts(games, admission, time, tokenSecret, registry, ready, settings, ratings, matchmaking, computer, Optional.of(api));
    }

    /** These parts, also serving games against the computer and position analyses. */
    public HttpApiParts withComputer(ComputerApi api) {
        return new HttpApiParts(games, admission, time, tokenSecret, registry, ready, settings, ratings, matchmaking, Optional.of(api), history);
    }
}
