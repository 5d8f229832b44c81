package org.rookery.adapters.http.json;

import org.rookery.adapters.http.json.GameRequests.TimeControlBody;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.ports.in.InvalidJoinRequestException;
import org.rookery.ports.in.JoinRequest;

/** The JSON bodies the matchmaking routes accept, and their checks. Stateless. */
public final class MatchmakingRequests {
    private MatchmakingRequests() {}

    /** {@code POST /v1/matchmaking/queue}: the time control wanted, and rated or casual (casual unless said). */
    public record JoinQueueBody(TimeControlBody timeControl, Boolean rated) {
        public JoinRequest toRequest(String userId) {
            if (timeControl == null) throw ApiProblemException.badRequest("field 'timeControl' is required");
            if (timeControl.initialMs() == null) throw ApiProblemException.badRequest("field 'timeControl.initialMs' is required");
            if (timeControl.incrementMs() == null) throw ApiProblemException.badRequest("field 'timeControl.incrementMs' is required");
            try {
                return new JoinRequest(userId, timeControl.initialMs(), timeControl.incrementMs(), rated != null && rated);
            } catch (InvalidJoinRequestException e) {
                String code = e.field().equals("timeControl") ? "invalid_time_control" : "invalid_request";
                throw new ApiProblemException(400, code, e.getMessage());
            }
        }
    }
}
