package org.rookery.adapters.postgres;

import org.rookery.ports.contract.RatingStoreContract;
import org.rookery.ports.out.RatingStore;

/** The rating contract on a schema of its own: its deleteAll test wipes every rating. */
class PostgresRatingStoreTest extends RatingStoreContract {
    private static PostgresStore store;

    @Override
    protected RatingStore newStore() {
        if (store == null) store = TestDatabase.ownSchema("ratings");
        return store.ratings();
    }
}
