package org.rookery.ports.in;

import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.matchmaking.InvalidMatchmakingException;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.PlayerId;

/**
 * A request to wait for a game: who, the time control, rated or casual. The time control must be
 * one the live-game service plays, checked here so that no match is made for a game that cannot
 * exist. Invalid values cannot exist. Immutable.
 */
public record JoinRequest(String userId, long initialMs, long incrementMs, boolean rated) {
    public JoinRequest {
        try {
            new PlayerId(userId);
        } catch (InvalidMatchmakingException e) {
            throw new InvalidJoinRequestException("userId", e.getMessage());
        }
        String problem = TimeControl.problem(initialMs, incrementMs);
        if (problem != null) throw new InvalidJoinRequestException("timeControl", problem);
    }

    public PlayerId player() {
        return new PlayerId(userId);
    }

    public TimeControl timeControl() {
        return new TimeControl(initialMs, incrementMs);
    }

    /** The matchmaking pool: the rating domain's view of the same time control, rated or casual. */
    public MatchPool pool() {
        var timeControl = new org.rookery.domain.rating.TimeControl(initialMs, incrementMs);
        return rated ? MatchPool.rated(timeControl) : MatchPool.casual(timeControl);
    }
}
