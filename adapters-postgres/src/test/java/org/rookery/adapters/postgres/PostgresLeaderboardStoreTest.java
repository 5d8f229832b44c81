package org.rookery.adapters.postgres;

import org.rookery.ports.contract.LeaderboardStoreContract;
import org.rookery.ports.out.LeaderboardStore;

/** The leaderboard contract on a schema of its own: its clear test wipes every board. */
class PostgresLeaderboardStoreTest extends LeaderboardStoreContract {
    private static PostgresStore store;

    @Override
    protected LeaderboardStore newStore() {
        if (store == null) store = TestDatabase.ownSchema("leaderboards");
        return store.leaderboards();
    }
}
