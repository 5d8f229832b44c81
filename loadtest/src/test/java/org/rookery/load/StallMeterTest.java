package org.rookery.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StallMeterTest {
    private static final long MS = 1_000_000L;

    @Test
    void countsWakeUpsLateByMoreThanTenAndThirtyMilliseconds() {
        String report = StallMeter.report(new long[] {35 * MS, 0, 12 * MS, MS, 10 * MS}, 5);

        assertThat(report).contains("5 wake-ups over 5 s", "max 35.00 ms", "2 times over 10 ms, 1 over 30 ms");
    }

    @Test
    void p99IsTheLatenessNinetyNinePercentOfWakeUpsStayWithin() {
        long[] late = new long[200];
        Arrays.fill(late, MS / 10);
        late[7] = 40 * MS; // by nearest rank the p99 of 200 wake-ups is the 198th: the two worst lie above it
        late[8] = 20 * MS;
        late[9] = 15 * MS;

        assertThat(StallMeter.report(late, 1)).contains("p99 15.00 ms", "max 40.00 ms", "3 times over 10 ms, 1 over 30 ms");
    }

    @Test
    void reportsNothingLateWhenThereWereNoWakeUps() {
        assertThat(StallMeter.report(new long[0], 0)).contains("0 wake-ups", "p99 0.00 ms, max 0.00 ms", "0 times over 10 ms, 0 over 30 ms");
    }
}
