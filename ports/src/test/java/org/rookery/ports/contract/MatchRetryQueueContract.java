package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.matchmaking.Match;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.PlayerId;
import org.rookery.domain.rating.TimeControl;
import org.rookery.ports.out.MatchRetryQueue;
import org.rookery.ports.out.PendingMatch;

/**
 * What every {@link MatchRetryQueue} must do. Extend it once per adapter. Every test uses matches
 * and players of its own and looks only at them, so the queue may hold other tests' matches; the
 * size is compared before and after, so no other test may write to the queue at the same time.
 */
public abstract class MatchRetryQueueContract {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");
    private static final int ALL = 100_000;

    /** The queue under test; it may already hold other tests' matches. */
    protected abstract MatchRetryQueue newQueue();

    /** Releases what {@link #newQueue()} took; nothing by default. */
    protected void cleanUp() {}

    private MatchRetryQueue queue;

    @BeforeEach
    void createTheQueue() {
        queue = newQueue();
    }

    @AfterEach
    void releaseTheQueue() {
        cleanUp();
    }

    /** A pending match between two players, due {@code dueInSeconds} after T. */
    public static PendingMatch pending(String matchId, String white, String black, int dueInSeconds) {
        Match match = new Match(MatchPool.rated(TimeControl.of(3, 2)), new PlayerId(white), new PlayerId(black), 1500, 1510,
                Duration.ofMillis(1_234), Duration.ZERO, T);
        return PendingMatch.fresh(matchId, match).failed("down", T.plusSeconds(dueInSeconds));
    }

    @Test
    void due_matches_come_earliest_first_and_stay_until_removed() {
        long before = queue.size();
        String m1 = unique("m1"), m2 = unique("m2"), m3 = unique("m3");
        Set<String> mine = Set.of(m1, m2, m3);
        queue.put(pending(m2, unique("c"), unique("d"), 20));
        queue.put(pending(m1, unique("a"), unique("b"), 10));
        queue.put(pending(m3, unique("e"), unique("f"), 30));
        assertThat(own(queue.due(T.plusSeconds(25), ALL), mine)).extracting(PendingMatch::matchId).containsExactly(m1, m2);
        List<PendingMatch> first = queue.due(T.plusSeconds(25), 1);
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().nextAttemptAt()).as("the earliest due comes first").isBeforeOrEqualTo(T.plusSeconds(10));
        assertThat(own(queue.due(T, ALL), mine)).isEmpty();
        queue.remove(m1);
        assertThat(own(queue.due(T.plusSeconds(60), ALL), mine)).extracting(PendingMatch::matchId).containsExactly(m2, m3);
        assertThat(queue.size()).isEqualTo(before + 2);
        queue.remove(m2);
        queue.remove(m3);
        assertThat(queue.size()).isEqualTo(before);
    }

    @Test
    void putting_a_match_again_replaces_it() {
        long before = queue.size();
        String m = unique("m");
        PendingMatch first = pending(m, unique("a"), unique("b"), 10);
        queue.put(first);
        PendingMatch again = first.failed("still down", T.plusSeconds(40));
        queue.put(again);
        assertThat(queue.size()).isEqualTo(before + 1);
        assertThat(own(queue.due(T.plusSeconds(30), ALL), Set.of(m))).isEmpty();
        assertThat(own(queue.due(T.plusSeconds(40), ALL), Set.of(m))).containsExactly(again);
        queue.remove(m);
    }

    @Test
    void a_players_pending_match_is_found_until_removed() {
        String m = unique("m"), a = unique("a"), b = unique("b");
        PendingMatch match = pending(m, a, b, 10);
        queue.put(match);
        assertThat(queue.pendingFor(b)).contains(match);
        assertThat(queue.pendingFor(a)).contains(match);
        assertThat(queue.pendingFor(unique("z"))).isEmpty();
        queue.remove(m);
        queue.remove(unique("unknown"));
        assertThat(queue.pendingFor(a)).isEmpty();
        assertThat(own(queue.due(T.plusSeconds(60), ALL), Set.of(m))).isEmpty();
    }

    private static List<PendingMatch> own(List<PendingMatch> due, Set<String> matches) {
        return due.stream().filter(p -> matches.contains(p.matchId())).toList();
    }
}
