package org.rookery.adapters.memory;

import java.util.List;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.EventPublisherContract;
import org.rookery.ports.out.EventPublisher;

class InMemoryEventPublisherTest extends EventPublisherContract {
    private final InMemoryEventPublisher publisher = new InMemoryEventPublisher(true);

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<EventEnvelope> receivedDownstream(String gameId) {
        return publisher.published().stream().filter(e -> e.gameId().equals(gameId)).toList();
    }
}
