package org.rookery.adapters.postgres;

import org.rookery.ports.contract.GameArchiveContract;
import org.rookery.ports.out.GameArchive;

/** The archive contract on the shared test database: every test uses games and players of its own. */
class PostgresGameArchiveTest extends GameArchiveContract {
    @Override
    protected GameArchive newArchive() {
        return TestDatabase.shared().gameArchive();
    }
}
