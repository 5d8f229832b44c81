package org.rookery.adapters.postgres;

import org.rookery.ports.contract.MatchRetryQueueContract;
import org.rookery.ports.out.MatchRetryQueue;

class PostgresMatchRetryQueueTest extends MatchRetryQueueContract {
    @Override
    protected MatchRetryQueue newQueue() {
        return TestDatabase.shared().matchRetryQueue();
    }
}
