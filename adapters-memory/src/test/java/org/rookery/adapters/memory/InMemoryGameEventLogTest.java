package org.rookery.adapters.memory;

import org.rookery.ports.contract.GameEventLogContract;
import org.rookery.ports.out.GameEventLog;

class InMemoryGameEventLogTest extends GameEventLogContract {
    @Override
    protected GameEventLog newLog() {
        return new InMemoryGameEventLog();
    }
}
