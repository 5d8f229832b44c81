package org.rookery.adapters.memory;

import java.time.Instant;
import org.rookery.ports.contract.TimeSourceContract;
import org.rookery.ports.out.TimeSource;

class ManualTimeSourceTest extends TimeSourceContract {
    private final ManualTimeSource time = new ManualTimeSource(Instant.EPOCH);

    @Override
    protected TimeSource timeSource() {
        time.advanceMillis(1);
        return time;
    }
}
