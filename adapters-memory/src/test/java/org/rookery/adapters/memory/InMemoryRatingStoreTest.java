package org.rookery.adapters.memory;

import org.rookery.ports.contract.RatingStoreContract;
import org.rookery.ports.out.RatingStore;

class InMemoryRatingStoreTest extends RatingStoreContract {
    @Override
    protected RatingStore newStore() {
        return new InMemoryRatingStore();
    }
}
