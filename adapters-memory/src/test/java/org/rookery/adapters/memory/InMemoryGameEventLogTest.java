package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.GameEventLogContract;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.GameEventLog;

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

        log.forget("done");

        assertThat(log.readAfter("done", 0)).isEmpty();
        assertThat(log.lastSeq("done")).isZero();
        assertThat(log.lastSeq("live")).isEqualTo(4);
        assertThat(log.gameCount()).isEqualTo(1);
    }
}
