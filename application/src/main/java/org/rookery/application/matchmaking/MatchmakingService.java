package org.rookery.application.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.rookery.domain.matchmaking.JoinOutcome;
import org.rookery.domain.matchmaking.PlayerId;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.GetMatchmakingStatsUseCase;
import org.rookery.ports.in.answer.JoinAnswer;
import org.rookery.ports.in.JoinMatchmakingUseCase;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.in.LeaveMatchmakingUseCase;
import org.rookery.ports.in.MatchmakingStats;
import org.rookery.ports.in.WatchMatchesUseCase;
import org.rookery.ports.out.MatchNoticeListener;
import org.rookery.ports.out.PendingMatch;
import org.rookery.ports.out.Subscription;

/**
 * The players' side of matchmaking: join (paired by their rating in the pool's speed, turned away
 * with a retry-after when joining too often, when the queue is full, or while their last match
 * still waits for its game), leave, watch their match notices, and the counters. Thread-safe.
 */
public final class MatchmakingService
        implements JoinMatchmakingUseCase, LeaveMatchmakingUseCase, WatchMatchesUseCase, GetMatchmakingStatsUseCase {
    private static final Duration LEAST_RETRY_AFTER = Duration.ofSeconds(1);
    private final WaitingRoom room;
    private final MatchmakingPorts ports;
    private final MatchmakingSettings settings;
    private final MatchmakingCounters counters;

    MatchmakingService(WaitingRoom room, MatchmakingPorts ports, MatchmakingSettings settings, MatchmakingCounters counters) {
        this.room = room;
        this.ports = ports;
        this.settings = settings;
        this.counters = counters;
    }

    @Override
    public JoinAnswer join(JoinRequest request) {
        Instant now = ports.time().now();
        Optional<PendingMatch> pending = ports.retries().pendingFor(request.userId());
        if (pending.isPresent()) {
            counters.matchPending.increment();
            Duration wait = Duration.between(now, pending.get().nextAttemptAt());
            return new JoinAnswer.Rejected(JoinAnswer.Reason.MATCH_PENDING, wait.compareTo(LEAST_RETRY_AFTER) < 0 ? LEAST_RETRY_AFTER : wait);
        }
        JoinOutcome outcome = room.join(request.player(), request.pool(), ratingOf(request), now);
        return switch (outcome) {
            case JoinOutcome.Joined j -> accepted(j);
            case JoinOutcome.Switched s -> accepted(s);
            case JoinOutcome.AlreadyWaiting a -> new JoinAnswer.Waiting(a);
            case JoinOutcome.TooSoon tooSoon -> {
                counters.rateLimited.increment();
                yield new JoinAnswer.Rejected(JoinAnswer.Reason.RATE_LIMITED, tooSoon.retryAfter());
            }
            case JoinOutcome.QueueFull full -> {
                counters.queueFull.increment();
                yield new JoinAnswer.Rejected(JoinAnswer.Reason.QUEUE_FULL, settings.queueFullRetryAfter());
            }
        };
    }

    @Override
    public boolean leave(String userId) {
        return room.leave(new PlayerId(userId)).isPresent();
    }

    @Override
    public Subscription watch(String userId, MatchNoticeListener listener) {
        return ports.notifier().subscribe(new PlayerId(userId).value(), listener);
    }

    @Override
    public MatchmakingStats stats() {
        return new MatchmakingStats(room.size(), counters.joinsAccepted.sum(), counters.rateLimited.sum(),
                counters.queueFull.sum(), counters.matchPending.sum(), counters.waves.sum(), counters.matchesMade.sum(),
                counters.gamesCreated.sum(), counters.creationFailures.sum(), ports.retries().size(), counters.cancelled.sum());
    }

    private JoinAnswer accepted(JoinOutcome outcome) {
        counters.joinsAccepted.increment();
        return new JoinAnswer.Waiting(outcome);
    }

    /** Players are paired by their rating in the pool's speed, rated or casual; newcomers by the newcomer rating. */
    private double ratingOf(JoinRequest request) {
        RatingPool speed = RatingPool.of(request.pool().timeControl());
        return ports.ratings().find(request.userId(), speed).map(s -> s.rating().rating()).orElse(settings.newcomerRating());
    }
}
