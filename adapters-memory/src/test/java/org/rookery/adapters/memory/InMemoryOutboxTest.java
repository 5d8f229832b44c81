package org.rookery.adapters.memory;

import org.rookery.ports.contract.OutboxContract;
import org.rookery.ports.out.Outbox;

class InMemoryOutboxTest extends OutboxContract {
    @Override
    protected Outbox newOutbox() {
        return new InMemoryOutbox();
    }
}
