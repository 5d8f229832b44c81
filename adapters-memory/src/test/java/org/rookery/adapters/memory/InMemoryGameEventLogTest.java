package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.GameEventLogContract;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;

class InMemoryGameEventLogTest extends GameEventLogContract {
    @Override
    protected GameEventLog newLog() {
        return new InMemoryGameEventLog();
    }

    @Test
    void a_forgotten_game_has_no_events_and_the_others_keep_theirs() {
        InMemoryGameEventLog log = new InMemoryGameEventLog();
        log.append("done", 0, SampleGames.events("done", 4));
        log.append("live", 0, SampleGames.events("live", 2));

        log.forget("done", 0);

        assertThat(log.readAfter("done", 0)).isEmpty();
        assertThat(log.lastSeq("done")).isZero();
        assertThat(log.lastSeq("live")).isEqualTo(4);
        assertThat(log.gameCount()).isEqualTo(1);
    }

    @Test
    void positions_are_gapless_from_one_and_whole_relayed_segments_can_be_discarded() {
        InMemoryGameEventLog log = new InMemoryGameEventLog();
        for (int g = 0; g < 1_000; g++) log.append("g" + g, 0, SampleGames.events("g" + g, 8)); // 10,000 events
        assertThat(log.readAll(0, 3)).extracting(LoggedEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(log.endPosition()).isEqualTo(10_000);

        log.forget("g0", 5_000); // the first segment (4,096 events) lies wholly below the relayed position

        assertThat(log.readAll(0, 1).getFirst().position()).isEqualTo(4_097);
        assertThat(log.readAll(9_998, 10)).extracting(LoggedEvent::position).containsExactly(9_999L, 10_000L);
        assertThat(log.endPosition()).isEqualTo(10_000);
    }
}
