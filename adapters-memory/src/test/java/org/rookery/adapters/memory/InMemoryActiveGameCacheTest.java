package org.rookery.adapters.memory;

import org.rookery.ports.contract.ActiveGameCacheContract;
import org.rookery.ports.out.ActiveGameCache;

class InMemoryActiveGameCacheTest extends ActiveGameCacheContract {
    @Override
    protected ActiveGameCache newCache() {
        return new InMemoryActiveGameCache();
    }
}
