package org.rookery.adapters.memory;

import org.rookery.ports.contract.GameArchiveContract;
import org.rookery.ports.out.GameArchive;

/** The archive contract on one archive shared by every test, as a database would be. */
class InMemoryGameArchiveTest extends GameArchiveContract {
    private static final InMemoryGameArchive SHARED = new InMemoryGameArchive();

    @Override
    protected GameArchive newArchive() {
        return SHARED;
    }
}
