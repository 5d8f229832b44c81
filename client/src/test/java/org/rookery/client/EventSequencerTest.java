package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rookery.client.EventSequencer.Verdict;

class EventSequencerTest {
    @Test
    void delivers_the_next_seq_only_and_drops_replays() {
        EventSequencer sequencer = new EventSequencer(null);
        assertThat(sequencer.hasBaseline()).isFalse();
        sequencer.baseline(2);
        assertThat(sequencer.offer(3)).isEqualTo(Verdict.DELIVER);
        assertThat(sequencer.offer(3)).isEqualTo(Verdict.DUPLICATE);
        assertThat(sequencer.offer(2)).isEqualTo(Verdict.DUPLICATE);
        assertThat(sequencer.offer(4)).isEqualTo(Verdict.DELIVER);
        assertThat(sequencer.lastSeq()).isEqualTo(4);
    }

    @Test
    void a_gap_asks_for_one_resume_until_the_missing_events_arrive() {
        EventSequencer sequencer = new EventSequencer(5L);
        assertThat(sequencer.offer(8)).isEqualTo(Verdict.GAP);
        assertThat(sequencer.shouldAskResume()).isTrue();
        assertThat(sequencer.offer(9)).isEqualTo(Verdict.GAP);
        assertThat(sequencer.shouldAskResume()).as("already asked from 5").isFalse();
        assertThat(sequencer.offer(6)).isEqualTo(Verdict.DELIVER);
        assertThat(sequencer.offer(8)).isEqualTo(Verdict.GAP);
        assertThat(sequencer.shouldAskResume()).as("a new point: 6").isTrue();
        assertThat(sequencer.lastSeq()).isEqualTo(6);
    }

    @Test
    void a_new_connection_resuming_by_itself_suppresses_an_extra_resume() {
        EventSequencer sequencer = new EventSequencer(3L);
        sequencer.resumeAsked();
        assertThat(sequencer.offer(10)).isEqualTo(Verdict.GAP); // the new connection's live events race its replay
        assertThat(sequencer.shouldAskResume()).isFalse();
    }

    @Test
    void before_any_snapshot_nothing_is_delivered() {
        EventSequencer sequencer = new EventSequencer(null);
        assertThat(sequencer.offer(1)).isEqualTo(Verdict.GAP);
        assertThat(sequencer.shouldAskResume()).isFalse();
    }
}
