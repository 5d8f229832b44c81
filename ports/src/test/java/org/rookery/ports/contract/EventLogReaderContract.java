package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.EventLogReader;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;

/** What every {@link EventLogReader} must do, over the log it reads. Extend it once per adapter. */
public abstract class EventLogReaderContract {

    /** A log to append to and the reader of its global order (usually one object). */
    public record Log(GameEventLog writer, EventLogReader reader) {}

    /** A new, empty log. */
    protected abstract Log newLog();

    private final Log log = newLog();

    @Test
    void an_empty_log_has_nothing_to_read() {
        assertThat(log.reader().readAll(0, 10)).isEmpty();
        assertThat(log.reader().endPosition()).isZero();
    }

    @Test
    void events_of_all_games_are_read_in_append_order_with_positions_from_one() {
        List<EventEnvelope> a = SampleGames.events("a", 2), b = SampleGames.events("b", 1);
        log.writer().append("a", 0, a.subList(0, 2));
        log.writer().append("b", 0, b);
        log.writer().append("a", 2, a.subList(2, 4));
        List<EventEnvelope> expected = new ArrayList<>(a.subList(0, 2));
        expected.addAll(b);
        expected.addAll(a.subList(2, 4));
        List<LoggedEvent> read = log.reader().readAll(0, 100);
        assertThat(read).extracting(LoggedEvent::event).isEqualTo(expected);
        assertThat(read).extracting(LoggedEvent::position).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(log.reader().endPosition()).isEqualTo(7);
    }

    @Test
    void reading_pages_through_the_log_from_any_position() {
        log.writer().append("a", 0, SampleGames.events("a", 8));
        List<LoggedEvent> all = log.reader().readAll(0, 100);
        assertThat(log.reader().readAll(3, 4)).isEqualTo(all.subList(3, 7));
        assertThat(log.reader().readAll(8, 4)).isEqualTo(all.subList(8, 10));
        assertThat(log.reader().readAll(10, 4)).isEmpty();
    }

    @Test
    void a_refused_append_leaves_no_trace_in_the_global_order() {
        List<EventEnvelope> events = SampleGames.events("a", 1);
        log.writer().append("a", 0, events.subList(0, 2));
        assertThatThrownBy(() -> log.writer().append("a", 0, events.subList(0, 2))).isInstanceOf(EventLogConflictException.class);
        assertThat(log.reader().endPosition()).isEqualTo(2);
    }

    @Test
    void concurrent_games_keep_their_own_order_in_the_global_one() throws Exception {
        int games = 6;
        List<List<EventEnvelope>> all = new ArrayList<>();
        for (int g = 0; g < games; g++) all.add(SampleGames.events("c" + g, 10));
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<?>> done = new ArrayList<>();
            for (List<EventEnvelope> events : all) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < events.size(); i++) log.writer().append(events.get(i).gameId(), i, List.of(events.get(i)));
                }));
            }
            for (Future<?> f : done) f.get();
        }
        List<EventEnvelope> read = log.reader().readAll(0, 1_000).stream().map(LoggedEvent::event).toList();
        assertThat(read).hasSize(games * 12);
        for (List<EventEnvelope> events : all) {
            String game = events.getFirst().gameId();
            assertThat(read.stream().filter(e -> e.gameId().equals(game)).toList()).isEqualTo(events);
        }
    }
}
