package org.rookery.adapters.memory;

import org.rookery.ports.contract.GameSnapshotStoreContract;
import org.rookery.ports.out.GameSnapshotStore;

class InMemoryGameSnapshotStoreTest extends GameSnapshotStoreContract {
    @Override
    protected GameSnapshotStore newStore() {
        return new InMemoryGameSnapshotStore();
    }
}
