package org.rookery.adapters.postgres;

import org.rookery.ports.contract.GameSnapshotStoreContract;
import org.rookery.ports.out.GameSnapshotStore;

class PostgresGameSnapshotStoreTest extends GameSnapshotStoreContract {
    @Override
    protected GameSnapshotStore newStore() {
        return TestDatabase.shared().snapshots();
    }
}
