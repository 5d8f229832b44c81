package org.rookery.adapters.memory;

import org.rookery.ports.contract.RelayCheckpointContract;
import org.rookery.ports.out.RelayCheckpoint;

class InMemoryRelayCheckpointTest extends RelayCheckpointContract {
    private InMemoryRelayCheckpoint store;

    @Override
    protected RelayCheckpoint newCheckpoint() {
        store = new InMemoryRelayCheckpoint();
        return store;
    }

    @Override
    protected RelayCheckpoint sameStoreElsewhere() {
        return store; // one process, one store
    }
}
