package org.rookery.adapters.postgres;

import org.rookery.ports.contract.MatchEventLogContract;
import org.rookery.ports.out.MatchEventLog;

class PostgresMatchEventLogTest extends MatchEventLogContract {
    @Override
    protected MatchEventLog newLog() {
        return TestDatabase.shared().matchEventLog();
    }
}
