package org.rookery.adapters.memory;

import org.rookery.ports.contract.LeaderboardStoreContract;
import org.rookery.ports.out.LeaderboardStore;

class InMemoryLeaderboardStoreTest extends LeaderboardStoreContract {
    @Override
    protected LeaderboardStore newStore() {
        return new InMemoryLeaderboardStore();
    }
}
