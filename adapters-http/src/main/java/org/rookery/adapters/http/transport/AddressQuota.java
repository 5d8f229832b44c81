package org.rookery.adapters.http.transport;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Open connections per remote address, at most {@code max} each. An address's count leaves the
 * map when its last connection closes, so the map holds only addresses with connections.
 * Thread-safe.
 */
final class AddressQuota {
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final int max;

    AddressQuota(int max) {
        this.max = max;
    }

    /** Takes a place for the address; false (and nothing taken) when it holds {@code max} already. */
    boolean tryAcquire(String address) {
        boolean[] taken = {false};
        open.compute(address, (a, count) -> {
            int n = count == null ? 0 : count;
            if (n >= max) return count;
            taken[0] = true;
            return n + 1;
        });
        return taken[0];
    }

    void release(String address) {
        open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
    }

    /** How many connections the address holds. */
    int count(String address) {
        return open.getOrDefault(address, 0);
    }
}
