package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.MatchEventLog;

/** What every {@link MatchEventLog} must do. Extend it once per adapter; tests use match ids of their own. */
public abstract class MatchEventLogContract {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");

    protected abstract MatchEventLog newLog();

    protected void cleanUp() {}

    private MatchEventLog log;

    @BeforeEach
    void createTheLog() {
        log = newLog();
    }

    @AfterEach
    void release() {
        cleanUp();
    }

    /** A MatchCreated of a new match, with an event id of its own. */
    public static MatchEnvelope matchCreated(String matchId) {
        MatchCreated created = new MatchCreated(matchId, "w-" + matchId, "b-" + matchId, "g-" + matchId, new TimeControl(180_000, 2_000),
                true, 1500.5, 1488.25, T);
        return MatchEnvelope.of(unique("ev"), matchId, T, "corr-" + matchId, created);
    }

    @Test
    void appended_events_are_read_back_in_append_order_after_any_position() {
        long start = log.endPosition();
        String m1 = unique("m"), m2 = unique("m");
        MatchEnvelope first = matchCreated(m1), second = matchCreated(m2);
        assertThat(log.append(first)).isTrue();
        assertThat(log.append(second)).isTrue();

        List<LoggedMatchEvent> mine = own(log.readAll(start, 10_000), Set.of(m1, m2));

        assertThat(mine).extracting(LoggedMatchEvent::event).containsExactly(first, second);
        assertThat(mine).extracting(LoggedMatchEvent::position).isSorted().doesNotHaveDuplicates().allMatch(p -> p > start);
        assertThat(own(log.readAll(mine.getFirst().position(), 10_000), Set.of(m1, m2))).extracting(LoggedMatchEvent::event)
                .containsExactly(second);
        assertThat(log.endPosition()).isGreaterThanOrEqualTo(mine.getLast().position());
    }

    @Test
    void a_match_is_announced_once_however_often_it_is_appended() {
        long start = log.endPosition();
        String m = unique("m");
        MatchEnvelope first = matchCreated(m);
        assertThat(log.append(first)).isTrue();
        assertThat(log.append(matchCreated(m))).as("a retry with a new event id").isFalse();
        assertThat(own(log.readAll(start, 10_000), Set.of(m))).extracting(LoggedMatchEvent::event).containsExactly(first);
    }

    @Test
    void racing_appends_of_one_match_store_exactly_one() throws Exception {
        long start = log.endPosition();
        String m = unique("m");
        AtomicInteger appended = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) tries.add(pool.submit(() -> {
                if (log.append(matchCreated(m))) appended.incrementAndGet();
            }));
            for (Future<?> f : tries) f.get();
        }
        assertThat(appended).hasValue(1);
        assertThat(own(log.readAll(start, 10_000), Set.of(m))).hasSize(1);
    }

    private static List<LoggedMatchEvent> own(List<LoggedMatchEvent> read, Set<String> matches) {
        return read.stream().filter(e -> matches.contains(e.event().matchId())).toList();
    }
}
