package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.GameEventLog;

/** What every {@link GameEventLog} must do. Extend it once per adapter. */
public abstract class GameEventLogContract {

    /** A new, empty log. */
    protected abstract GameEventLog newLog();

    private final GameEventLog log = newLog();

    @Test
    void appended_events_are_read_back_in_order() {
        List<EventEnvelope> events = SampleGames.events("g1", 4);
        log.append("g1", 0, events.subList(0, 2));
        log.append("g1", 2, events.subList(2, 6));
        assertThat(log.readAfter("g1", 0)).isEqualTo(events);
        assertThat(log.readAfter("g1", 4)).isEqualTo(events.subList(4, 6));
        assertThat(log.readAfter("g1", 6)).isEmpty();
        assertThat(log.lastSeq("g1")).isEqualTo(6);
    }

    @Test
    void an_unknown_game_has_no_events() {
        assertThat(log.readAfter("nope", 0)).isEmpty();
        assertThat(log.lastSeq("nope")).isZero();
    }

    @Test
    void an_append_behind_or_ahead_of_the_log_is_a_conflict_and_changes_nothing() {
        List<EventEnvelope> events = SampleGames.events("g1", 2);
        log.append("g1", 0, events.subList(0, 2));
        assertThatThrownBy(() -> log.append("g1", 1, events.subList(1, 3)))
                .isInstanceOfSatisfying(EventLogConflictException.class, e -> {
                    assertThat(e.expectedSeq()).isEqualTo(1);
                    assertThat(e.actualSeq()).isEqualTo(2);
                });
        assertThat(log.readAfter("g1", 0)).isEqualTo(events.subList(0, 2));
    }

    @Test
    void misnumbered_foreign_or_empty_batches_are_refused() {
        List<EventEnvelope> events = SampleGames.events("g1", 2);
        assertThatThrownBy(() -> log.append("g1", 0, events.subList(1, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append("g1", 0, List.of(events.get(0), events.get(2)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append("other", 0, events.subList(0, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append("g1", 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(log.lastSeq("g1")).isZero();
    }

    @Test
    void games_are_independent() {
        log.append("a", 0, SampleGames.events("a", 1));
        log.append("b", 0, SampleGames.events("b", 3));
        assertThat(log.lastSeq("a")).isEqualTo(3);
        assertThat(log.lastSeq("b")).isEqualTo(5);
        assertThat(log.readAfter("a", 0)).allMatch(e -> e.gameId().equals("a"));
    }

    @Test
    void of_concurrent_appends_at_the_same_seq_exactly_one_wins() throws Exception {
        List<EventEnvelope> events = SampleGames.events("g1", 1);
        log.append("g1", 0, events.subList(0, 2));
        int writers = 8;
        AtomicInteger wins = new AtomicInteger(), conflicts = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        log.append("g1", 2, events.subList(2, 3));
                        wins.incrementAndGet();
                    } catch (EventLogConflictException e) {
                        conflicts.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) f.get();
        }
        assertThat(wins).hasValue(1);
        assertThat(conflicts).hasValue(writers - 1);
        assertThat(log.readAfter("g1", 0)).isEqualTo(events);
    }

    @Test
    void what_was_read_does_not_change_with_later_appends() {
        List<EventEnvelope> events = SampleGames.events("g1", 2);
        log.append("g1", 0, events.subList(0, 2));
        List<EventEnvelope> read = log.readAfter("g1", 0);
        log.append("g1", 2, events.subList(2, 4));
        assertThat(read).hasSize(2);
    }
}
