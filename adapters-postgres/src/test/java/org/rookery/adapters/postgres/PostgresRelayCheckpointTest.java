package org.rookery.adapters.postgres;

import org.rookery.ports.contract.RelayCheckpointContract;
import org.rookery.ports.out.RelayCheckpoint;

class PostgresRelayCheckpointTest extends RelayCheckpointContract {
    private static PostgresStore elsewhere;

    @Override
    protected RelayCheckpoint newCheckpoint() {
        return TestDatabase.shared().relayCheckpoint();
    }

    @Override
    protected RelayCheckpoint sameStoreElsewhere() {
        if (elsewhere == null) elsewhere = TestDatabase.anotherProcess(); // its own pool: nothing cached is shared
        return elsewhere.relayCheckpoint();
    }
}
