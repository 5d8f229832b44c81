package org.rookery.adapters.memory;

import org.rookery.ports.contract.EventLogReaderContract;

class InMemoryOrderedGameEventLogTest extends EventLogReaderContract {
    @Override
    protected Log newLog() {
        InMemoryOrderedGameEventLog log = new InMemoryOrderedGameEventLog();
        return new Log(log, log);
    }
}
