package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.matchmaking.Match;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.PlayerId;
import org.rookery.domain.rating.TimeControl;
import org.rookery.ports.out.MatchRetryQueue;
import org.rookery.ports.out.PendingMatch;

/** What every {@link MatchRetryQueue} must do. Extend it once per adapter. */
public abstract class MatchRetryQueueContract {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");

    protected abstract MatchRetryQueue newQueue();

    private final MatchRetryQueue queue = newQueue();

    /** A pending match between two players, due {@code dueInSeconds} after T. */
    public static PendingMatch pending(String matchId, String white, String black, int dueInSeconds) {
        Match match = new Match(MatchPool.rated(TimeControl.of(3, 2)), new PlayerId(white), new PlayerId(black), 1500, 1510,
                Duration.ZERO, Duration.ZERO, T);
        return PendingMatch.fresh(matchId, match).failed("down", T.plusSeconds(dueInSeconds));
    }

    @Test
    void due_matches_come_earliest_first_and_stay_until_removed() {
        queue.put(pending("m2", "c", "d", 20));
        queue.put(pending("m1", "a", "b", 10));
        queue.put(pending("m3", "e", "f", 30));
        assertThat(queue.due(T.plusSeconds(25), 10)).extracting(PendingMatch::matchId).containsExactly("m1", "m2");
        assertThat(queue.due(T.plusSeconds(25), 1)).extracting(PendingMatch::matchId).containsExactly("m1");
        assertThat(queue.due(T, 10)).isEmpty();
        queue.remove("m1");
        assertThat(queue.due(T.plusSeconds(60), 10)).extracting(PendingMatch::matchId).containsExactly("m2", "m3");
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void putting_a_match_again_replaces_it() {
        PendingMatch first = pending("m1", "a", "b", 10);
        queue.put(first);
        PendingMatch again = first.failed("still down", T.plusSeconds(40));
        queue.put(again);
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.due(T.plusSeconds(30), 10)).isEmpty();
        assertThat(queue.due(T.plusSeconds(40), 10)).containsExactly(again);
    }

    @Test
    void a_players_pending_match_is_found_until_removed() {
        queue.put(pending("m1", "a", "b", 10));
        assertThat(queue.pendingFor("b")).map(PendingMatch::matchId).contains("m1");
        assertThat(queue.pendingFor("z")).isEmpty();
        queue.remove("m1");
        queue.remove("unknown");
        assertThat(queue.pendingFor("a")).isEmpty();
        assertThat(queue.due(T.plusSeconds(60), 10)).isEqualTo(List.of());
    }
}
