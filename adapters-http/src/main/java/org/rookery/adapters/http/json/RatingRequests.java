package org.rookery.adapters.http.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.rookery.adapters.http.json.GameRequests.TimeControlBody;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.ports.in.BackfillMode;
import org.rookery.ports.in.BackfillRequest;
import org.rookery.ports.in.LegacyGameResult;

/** The JSON bodies the rating routes accept, and their checks. Stateless. */
public final class RatingRequests {
    private RatingRequests() {}

    /**
     * {@code POST /v1/game-results}: a finished game as the old game server reports it. Presence and
     * types are checked here; the values (players, result, time control) by the rating service.
     */
    public record LegacyResultBody(String gameId, String white, String black, String result, TimeControlBody timeControl,
            Boolean rated, Long endedAtMs) {
        public LegacyGameResult toResult() {
            if (timeControl == null) throw ApiProblemException.badRequest("field 'timeControl' is required");
            return new LegacyGameResult(gameId, white, black, result, required(timeControl.initialMs(), "timeControl.initialMs"),
                    required(timeControl.incrementMs(), "timeControl.incrementMs"), required(rated, "rated"),
                    required(endedAtMs, "endedAtMs"));
        }
    }

    /** {@code POST /v1/admin/ratings/backfill}: {@code mode} {@code recalculate} or {@code catch_up}, and for a catch-up an optional {@code since}. */
    public record BackfillBody(String mode, String since) {
        public BackfillRequest toRequest() {
            BackfillMode chosen = mode(required(mode, "mode"));
            Optional<Instant> from = Optional.ofNullable(since).map(BackfillBody::instant);
            if (chosen == BackfillMode.RECALCULATE && from.isPresent()) {
                throw ApiProblemException.badRequest("field 'since' applies to catch_up only: a recalculation replays the whole log");
            }
            return new BackfillRequest(chosen, from);
        }

        private static BackfillMode mode(String text) {
            for (BackfillMode m : BackfillMode.values()) {
                if (m.name().toLowerCase(Locale.ROOT).equals(text)) return m;
            }
            throw ApiProblemException.badRequest("field 'mode' must be \"recalculate\" or \"catch_up\"");
        }

        private static Instant instant(String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiProblemException.badRequest("field 'since' must be an ISO-8601 instant such as 2025-01-31T00:00:00Z");
            }
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) throw ApiProblemException.badRequest("field '" + field + "' is required");
        return value;
    }
}
