package org.rookery.runtime.allinone;

import java.time.Instant;
import org.rookery.adapters.http.auth.ServiceTokens;
import org.rookery.application.rating.RatingSettings;
import org.rookery.domain.rating.GlickoConfig;

/** Turns the configuration into the rating service's settings and the service tokens, defaults where a key is unset. Stateless. */
final class RatingSettingsReader {
    /** When the legacy {@code POST /v1/game-results} retires unless configured otherwise: the end of the migration period. */
    static final Instant LEGACY_RESULTS_GONE_AT = Instant.parse("2027-07-01T00:00:00Z");

    private RatingSettingsReader() {}

    static RatingSettings read(Configuration config) {
        RatingSettings d = RatingSettings.defaults(LEGACY_RESULTS_GONE_AT);
        try {
            GlickoConfig glicko = d.glicko().withTau(config.decimal(ConfigKeys.TAU, d.glicko().tau()));
            return new RatingSettings(glicko,
                    config.decimal(ConfigKeys.LEADERBOARD_MAX_DEVIATION, d.leaderboardMaxDeviation()),
                    config.instant(ConfigKeys.LEGACY_RESULTS_GONE_AT, LEGACY_RESULTS_GONE_AT),
                    d.writeAttempts(),
                    config.integer(ConfigKeys.BACKFILL_BATCH_SIZE, d.backfillBatchSize()),
                    config.duration(ConfigKeys.BACKFILL_PAUSE, d.backfillPause()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid rating settings: " + e.getMessage(), e);
        }
    }

    /** The admin token and the legacy results token; unset, their routes let nobody in. */
    static ServiceTokens tokens(Configuration config) {
        return new ServiceTokens(config.text(ConfigKeys.ADMIN_TOKEN, ""), config.text(ConfigKeys.RESULTS_TOKEN, ""));
    }
}
