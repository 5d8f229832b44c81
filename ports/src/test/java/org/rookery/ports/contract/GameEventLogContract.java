package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.ports.contract.ContractIds.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;

/**
 * What every {@link GameEventLog} must do, per game and in its global order. Extend it once per
 * adapter. Every test uses games of its own, and reads the global order from the position it found
 * at its start, keeping only its own games' events: the log may be shared with other tests running
 * at the same time.
 */
public abstract class GameEventLogContract {

    /** The log under test; it may already hold other tests' events. */
    protected abstract GameEventLog newLog();

    /** Releases what {@link #newLog()} took (connections, schemas); nothing by default. */
    protected void cleanUp() {}

    private GameEventLog log;

    @BeforeEach
    void createTheLog() {
        log = newLog();
    }

    @AfterEach
    void releaseTheLog() {
        cleanUp();
    }

    @Test
    void appended_events_are_read_back_in_order() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 4);
        log.append(g, 0, events.subList(0, 2));
        log.append(g, 2, events.subList(2, 6));
        assertThat(log.readAfter(g, 0)).isEqualTo(events);
        assertThat(log.readAfter(g, 4)).isEqualTo(events.subList(4, 6));
        assertThat(log.readAfter(g, 6)).isEmpty();
        assertThat(log.lastSeq(g)).isEqualTo(6);
    }

    @Test
    void an_unknown_game_has_no_events() {
        String nope = unique("nope");
        assertThat(log.readAfter(nope, 0)).isEmpty();
        assertThat(log.lastSeq(nope)).isZero();
    }

    @Test
    void an_append_behind_or_ahead_of_the_log_is_a_conflict_and_changes_nothing() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 2);
        log.append(g, 0, events.subList(0, 2));
        assertThatThrownBy(() -> log.append(g, 1, events.subList(1, 3)))
                .isInstanceOfSatisfying(EventLogConflictException.class, e -> {
                    assertThat(e.expectedSeq()).isEqualTo(1);
                    assertThat(e.actualSeq()).isEqualTo(2);
                });
        assertThatThrownBy(() -> log.append(g, 3, events.subList(3, 4))).isInstanceOf(EventLogConflictException.class);
        assertThat(log.readAfter(g, 0)).isEqualTo(events.subList(0, 2));
    }

    @Test
    void misnumbered_foreign_or_empty_batches_are_refused() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 2);
        assertThatThrownBy(() -> log.append(g, 0, events.subList(1, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append(g, 0, List.of(events.get(0), events.get(2)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append(unique("other"), 0, events.subList(0, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append(g, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(log.lastSeq(g)).isZero();
    }

    @Test
    void games_are_independent() {
        String a = unique("a"), b = unique("b");
        log.append(a, 0, SampleGames.events(a, 1));
        log.append(b, 0, SampleGames.events(b, 3));
        assertThat(log.lastSeq(a)).isEqualTo(3);
        assertThat(log.lastSeq(b)).isEqualTo(5);
        assertThat(log.readAfter(a, 0)).allMatch(e -> e.gameId().equals(a));
    }

    @Test
    void of_concurrent_appends_at_the_same_seq_exactly_one_wins() throws Exception {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 1);
        log.append(g, 0, events.subList(0, 2));
        int writers = 8;
        AtomicInteger wins = new AtomicInteger(), conflicts = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        log.append(g, 2, events.subList(2, 3));
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
        assertThat(log.readAfter(g, 0)).isEqualTo(events);
    }

    @Test
    void what_was_read_does_not_change_with_later_appends() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 2);
        log.append(g, 0, events.subList(0, 2));
        List<EventEnvelope> read = log.readAfter(g, 0);
        log.append(g, 2, events.subList(2, 4));
        assertThat(read).hasSize(2);
    }

    // ---- the global order ----------------------------------------------------------------------

    @Test
    void the_global_order_holds_every_append_in_append_order_with_increasing_positions() {
        long start = log.endPosition();
        String a = unique("a"), b = unique("b");
        List<EventEnvelope> ea = SampleGames.events(a, 2), eb = SampleGames.events(b, 1);
        log.append(a, 0, ea.subList(0, 2));
        log.append(b, 0, eb);
        log.append(a, 2, ea.subList(2, 4));
        List<EventEnvelope> expected = new ArrayList<>(ea.subList(0, 2));
        expected.addAll(eb);
        expected.addAll(ea.subList(2, 4));

        List<LoggedEvent> mine = ownEvents(log.readAll(start, 10_000), Set.of(a, b));

        assertThat(mine).extracting(LoggedEvent::event).isEqualTo(expected);
        assertThat(mine).extracting(LoggedEvent::position).isSorted().doesNotHaveDuplicates().allMatch(p -> p > start);
        assertThat(log.endPosition()).isGreaterThanOrEqualTo(mine.getLast().position());
    }

    @Test
    void reading_pages_through_the_global_order_from_any_position() {
        long start = log.endPosition();
        String g = unique("g");
        log.append(g, 0, SampleGames.events(g, 8));
        List<LoggedEvent> all = ownEvents(log.readAll(start, 10_000), Set.of(g));
        assertThat(all).hasSize(10);
        LoggedEvent third = all.get(2);
        List<LoggedEvent> page = ownEvents(log.readAll(third.position(), 4), Set.of(g));
        assertThat(page).isNotEmpty().isEqualTo(all.subList(3, 3 + page.size()));
        assertThat(ownEvents(log.readAll(all.getLast().position(), 100), Set.of(g))).isEmpty();
    }

    @Test
    void a_refused_append_leaves_no_trace_in_the_global_order() {
        long start = log.endPosition();
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 1);
        log.append(g, 0, events.subList(0, 2));
        assertThatThrownBy(() -> log.append(g, 0, events.subList(0, 2))).isInstanceOf(EventLogConflictException.class);
        assertThat(ownEvents(log.readAll(start, 10_000), Set.of(g))).extracting(LoggedEvent::event).isEqualTo(events.subList(0, 2));
    }

    /**
     * The promise the relay lives by: a reader that tails the log from the last position it saw,
     * while many games append at once, misses nothing and sees each game in seq order.
     */
    @Test
    void a_reader_tailing_the_global_order_during_concurrent_appends_misses_nothing() throws Exception {
        long start = log.endPosition();
        int games = 6;
        List<List<EventEnvelope>> all = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int g = 0; g < games; g++) {
            String id = unique("c" + g);
            ids.add(id);
            all.add(SampleGames.events(id, 10));
        }
        List<LoggedEvent> tailed = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Future<?> reader = pool.submit(() -> {
                long at = start;
                while (tailed.size() < games * 12) {
                    boolean wasWriting = writing.get();
                    List<LoggedEvent> batch = log.readAll(at, 7);
                    for (LoggedEvent e : batch) {
                        assertThat(e.position()).isGreaterThan(at);
                        at = e.position();
                        if (ids.contains(e.event().gameId())) tailed.add(e);
                    }
                    // every append had returned before this read began, so an empty answer means caught up for good
                    if (batch.isEmpty() && !wasWriting) return null;
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (List<EventEnvelope> events : all) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < events.size(); i++) log.append(events.get(i).gameId(), i, List.of(events.get(i)));
                }));
            }
            for (Future<?> f : writers) f.get();
            writing.set(false);
            reader.get();
        }
        assertThat(tailed).hasSize(games * 12);
        for (List<EventEnvelope> events : all) {
            String game = events.getFirst().gameId();
            assertThat(tailed.stream().map(LoggedEvent::event).filter(e -> e.gameId().equals(game)).toList()).isEqualTo(events);
        }
    }

    private static List<LoggedEvent> ownEvents(List<LoggedEvent> read, Set<String> games) {
        return read.stream().filter(e -> games.contains(e.event().gameId())).toList();
    }
}
