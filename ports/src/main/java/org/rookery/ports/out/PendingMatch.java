package org.rookery.ports.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.rookery.domain.matchmaking.Match;

/**
 * A match whose game could not be created yet: the match, how many attempts failed, when to try
 * next and why the last one failed. Immutable.
 */
public record PendingMatch(String matchId, Match match, int failedAttempts, Instant nextAttemptAt, Optional<String> lastFailure) {
    public PendingMatch {
        if (matchId == null || matchId.isBlank()) throw new IllegalArgumentException("matchId must not be blank");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastFailure, "lastFailure");
        if (failedAttempts < 0) throw new IllegalArgumentException("failedAttempts must not be negative");
    }

    /** A match just paired: no attempt yet, due at once. */
    public static PendingMatch fresh(String matchId, Match match) {
        return new PendingMatch(matchId, match, 0, match.pairedAt(), Optional.empty());
    }

    /** This match after one more failed attempt, due again at {@code next}. */
    public PendingMatch failed(String why, Instant next) {
        return new PendingMatch(matchId, match, failedAttempts + 1, next, Optional.of(why));
    }

    public boolean involves(String playerId) {
        return match.white().value().equals(playerId) || match.black().value().equals(playerId);
    }
}
