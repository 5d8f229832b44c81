package org.rookery.adapters.memory;

import org.rookery.ports.contract.GameBroadcasterContract;
import org.rookery.ports.out.GameBroadcaster;

class InMemoryGameBroadcasterTest extends GameBroadcasterContract {
    @Override
    protected GameBroadcaster newBroadcaster() {
        return new InMemoryGameBroadcaster();
    }
}
