package org.rookery.adapters.http.usecase;

import java.util.Objects;
import org.rookery.ports.in.GetMatchmakingStatsUseCase;
import org.rookery.ports.in.JoinMatchmakingUseCase;
import org.rookery.ports.in.LeaveMatchmakingUseCase;
import org.rookery.ports.in.WatchMatchesUseCase;

/** The matchmaking use cases the HTTP adapter drives, as one parts list. Immutable. */
public record MatchmakingApi(
        JoinMatchmakingUseCase join,
        LeaveMatchmakingUseCase leave,
        WatchMatchesUseCase watch,
        GetMatchmakingStatsUseCase stats) {
    public MatchmakingApi {
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(leave, "leave");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(stats, "stats");
    }

    /** Every use case served by one object, such as the matchmaking service. */
    public static <S extends JoinMatchmakingUseCase & LeaveMatchmakingUseCase & WatchMatchesUseCase & GetMatchmakingStatsUseCase>
            MatchmakingApi of(S service) {
        return new MatchmakingApi(service, service, service, service);
    }
}
