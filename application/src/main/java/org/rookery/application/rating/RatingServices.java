package org.rookery.application.rating;

import java.util.Objects;

/**
 * The rating service's three faces, wired to one exactly-once recorder and one door for live
 * results: taking results in, answering reads, and backfilling. The composition root builds them
 * with {@link #wire}. Immutable.
 */
public record RatingServices(GameResultService results, RatingQueryService queries, RatingBackfillService backfill) {
    public RatingServices {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(backfill, "backfill");
    }

    public static RatingServices wire(RatingPorts ports, RatingSettings settings) {
        ResultRecorder recorder = new ResultRecorder(ports.ratings(), ports.leaderboard(), settings);
        LiveResults live = new LiveResults(recorder);
        return new RatingServices(new GameResultService(live, ports.time(), settings),
                new RatingQueryService(ports.ratings(), ports.leaderboard(), ports.time(), settings),
                new RatingBackfillService(ports, recorder, live, settings));
    }
}
