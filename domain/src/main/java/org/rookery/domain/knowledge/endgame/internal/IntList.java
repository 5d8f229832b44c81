package org.rookery.domain.knowledge.endgame.internal;

import java.util.Arrays;

/** A growable list of ints: the solver keeps millions of position numbers in these. Not thread-safe. */
final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int value) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = value;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) if (items[i] == value) return true;
        return false;
    }

    void clear() {
        size = 0;
    }
}
