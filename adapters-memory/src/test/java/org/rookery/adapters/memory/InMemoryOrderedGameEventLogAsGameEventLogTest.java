package org.rookery.adapters.memory;

import org.rookery.ports.contract.GameEventLogContract;
import org.rookery.ports.out.GameEventLog;

/** The ordered log is a game event log first: the whole game event log contract holds for it. */
class InMemoryOrderedGameEventLogAsGameEventLogTest extends GameEventLogContract {
    @Override
    protected GameEventLog newLog() {
        return new InMemoryOrderedGameEventLog();
    }
}
