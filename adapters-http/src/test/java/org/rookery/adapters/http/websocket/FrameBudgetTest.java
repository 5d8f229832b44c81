package org.rookery.adapters.http.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.websocket.FrameBudget.Verdict;

/** The frame allowance on a clock of our own: bursts, refusals, and floods however they are paced. */
class FrameBudgetTest {
    private static final long MS = 1_000_000;

    @Test
    void a_burst_is_handled_then_the_first_refusal_is_told_and_the_rest_are_silent() {
        FrameBudget budget = new FrameBudget(4, 1, 0);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 7; i++) verdicts.add(budget.spend(0));
        assertThat(verdicts).containsExactly(Verdict.HANDLE, Verdict.HANDLE, Verdict.HANDLE, Verdict.HANDLE,
                Verdict.REFUSE_AND_TELL, Verdict.REFUSE_SILENTLY, Verdict.REFUSE_SILENTLY);
    }

    @Test
    void a_fast_flood_is_closed_after_five_bursts_of_refusals() {
        FrameBudget budget = new FrameBudget(4, 1, 0);
        for (int i = 0; i < 4; i++) assertThat(budget.spend(0)).isEqualTo(Verdict.HANDLE);
        for (int i = 0; i < 20; i++) assertThat(budget.spend(0)).isNotIn(Verdict.HANDLE, Verdict.CLOSE);
        assertThat(budget.spend(0)).isEqualTo(Verdict.CLOSE);
    }

    @Test
    void a_slow_flood_that_earns_a_token_now_and_then_is_still_closed() {
        FrameBudget budget = new FrameBudget(4, 10, 0); // a token every 100 ms
        long now = 0;
        Verdict verdict = Verdict.HANDLE;
        int frames = 0, handled = 0;
        while (verdict != Verdict.CLOSE && frames < 1_000) {
            now += 10 * MS; // 100 frames/s against an allowance of 10/s
            verdict = budget.spend(now);
            frames++;
            if (verdict == Verdict.HANDLE) handled++;
        }
        assertThat(verdict).isEqualTo(Verdict.CLOSE);
        assertThat(handled).isGreaterThan(4); // it did earn tokens along the way, and they did not clear its record
    }

    @Test
    void a_client_that_calms_down_starts_afresh_and_is_told_again() {
        FrameBudget budget = new FrameBudget(4, 10, 0);
        for (int i = 0; i < 4 + 19; i++) budget.spend(0); // 19 refusals: one short of closing
        assertThat(budget.spend(1_000 * MS)).isEqualTo(Verdict.HANDLE); // a second of quiet refills the bucket
        for (int i = 0; i < 3; i++) assertThat(budget.spend(1_000 * MS)).isEqualTo(Verdict.HANDLE);
        assertThat(budget.spend(1_000 * MS)).isEqualTo(Verdict.REFUSE_AND_TELL);
        for (int i = 0; i < 19; i++) assertThat(budget.spend(1_000 * MS)).isEqualTo(Verdict.REFUSE_SILENTLY);
        // 20 refusals since calming down are allowed (with the 19 before they would have closed it); the 21st is not
        assertThat(budget.spend(1_000 * MS)).isEqualTo(Verdict.CLOSE);
    }
}
