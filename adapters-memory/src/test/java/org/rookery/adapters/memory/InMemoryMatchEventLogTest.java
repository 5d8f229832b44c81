package org.rookery.adapters.memory;

import org.rookery.ports.contract.MatchEventLogContract;
import org.rookery.ports.out.MatchEventLog;

class InMemoryMatchEventLogTest extends MatchEventLogContract {
    @Override
    protected MatchEventLog newLog() {
        return new InMemoryMatchEventLog();
    }
}
