package org.rookery.adapters.memory;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.contract.SchedulerContract;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

class ExecutorSchedulerTest extends SchedulerContract {
    private final SystemTimeSource time = new SystemTimeSource();
    private final ExecutorScheduler scheduler = new ExecutorScheduler(time);

    @AfterEach
    void stop() {
        scheduler.close();
    }

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
        Eventually.await(Duration.ofSeconds(5), condition, what);
    }
}
