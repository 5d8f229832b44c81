package org.rookery.adapters.memory;

import org.rookery.ports.contract.MatchRetryQueueContract;
import org.rookery.ports.out.MatchRetryQueue;

class InMemoryMatchRetryQueueTest extends MatchRetryQueueContract {
    @Override
    protected MatchRetryQueue newQueue() {
        return new InMemoryMatchRetryQueue();
    }
}
