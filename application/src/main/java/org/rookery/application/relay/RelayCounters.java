package org.rookery.application.relay;

import java.util.concurrent.atomic.LongAdder;

/** Events a relay published and failed to publish since it started, for metrics. Thread-safe. */
public final class RelayCounters {
    private final LongAdder published = new LongAdder(), failed = new LongAdder();

    void published(int events) {
        published.add(events);
    }

    void failed(int events) {
        failed.add(events);
    }

    public long published() {
        return published.sum();
    }

    public long failed() {
        return failed.sum();
    }
}
