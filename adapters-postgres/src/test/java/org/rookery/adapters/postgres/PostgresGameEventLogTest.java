package org.rookery.adapters.postgres;

import org.rookery.ports.contract.GameEventLogContract;
import org.rookery.ports.out.GameEventLog;

class PostgresGameEventLogTest extends GameEventLogContract {
    @Override
    protected GameEventLog newLog() {
        return TestDatabase.shared().eventLog();
    }
}
