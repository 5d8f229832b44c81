package org.rookery.application.rating;

import java.util.Objects;
import org.rookery.ports.out.EventLogReader;
import org.rookery.ports.out.LeaderboardStore;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/** The driven ports the rating services need, as one parts list for the composition root. Immutable. */
public record RatingPorts(RatingStore ratings, LeaderboardStore leaderboard, EventLogReader log, TimeSource time,
        Scheduler scheduler) {
    public RatingPorts {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(leaderboard, "leaderboard");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}
