package org.rookery.domain.knowledge.endgame.internal;

/**
 * A set of a few dozen ints, emptied in constant time: the distinct successors or predecessors of
 * one position. Open addressing over 256 slots stamped with a generation. Not thread-safe.
 */
final class SmallIntSet {
    private static final int SLOTS = 256;
    private final int[] keys = new int[SLOTS], stamps = new int[SLOTS];
    private final int[] members = new int[SLOTS];
    private int generation = 1, size;

    void clear() {
        generation++;
        size = 0;
    }

    /** Adds a value; false when it was there already. */
    boolean add(int value) {
        if (size >= SLOTS / 2) throw new IllegalStateException("more than " + SLOTS / 2 + " members");
        int slot = (value * 0x9E3779B9) >>> 24;
        while (stamps[slot] == generation) {
            if (keys[slot] == value) return false;
            slot = (slot + 1) & (SLOTS - 1);
        }
        stamps[slot] = generation;
        keys[slot] = value;
        members[size++] = value;
        return true;
    }

    int size() {
        return size;
    }

    /** The i-th member in the order added. */
    int get(int i) {
        return members[i];
    }
}
