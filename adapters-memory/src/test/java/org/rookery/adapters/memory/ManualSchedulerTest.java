package org.rookery.adapters.memory;

import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.rookery.ports.contract.SchedulerContract;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

class ManualSchedulerTest extends SchedulerContract {
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2025-01-01T00:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler();

    @Override
    protected Scheduler scheduler() {
        return scheduler;
    }

    @Override
    protected TimeSource time() {
        return time;
    }

    @Override
    protected void passTimeUntil(BooleanSupplier condition, String what) {
        for (int ms = 0; ms < 10_000 && !condition.getAsBoolean(); ms++) scheduler.runDue(time.advanceMillis(1));
        if (!condition.getAsBoolean()) throw new AssertionError("never happened: " + what);
    }
}
