package org.rookery.ports.contract;

import java.util.UUID;

/**
 * Ids no other test uses, so that a contract suite can run against a store shared by many tests
 * running at once (one PostgreSQL database, one Redis). Stateless, so thread-safe.
 */
public final class ContractIds {
    private ContractIds() {}

    /** {@code prefix} plus a random suffix: unique across tests, runs and machines. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
