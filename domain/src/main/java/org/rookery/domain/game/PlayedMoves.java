package org.rookery.domain.game;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A game's moves in order, append-only, so that a read view can share them: {@link #frozen()}
 * is an immutable list of the moves so far that costs no copy, because a slot once written is
 * never written again (growing copies into a new array and leaves the old one to its readers).
 * Not thread-safe to append; a frozen list is immutable and may be read from any thread once
 * safely published.
 */
final class PlayedMoves implements Iterable<PlayedMove> {
    private PlayedMove[] items = new PlayedMove[64];
    private int size;

    void add(PlayedMove move) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = move;
    }

    PlayedMove get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return items[index];
    }

    PlayedMove getLast() {
        return get(size - 1);
    }

    int size() {
        return size;
    }

    /** The moves so far as an immutable list, sharing this one's storage. */
    List<PlayedMove> frozen() {
        return new Frozen(items, size);
    }

    @Override
    public Iterator<PlayedMove> iterator() {
        return frozen().iterator();
    }

    private static final class Frozen extends AbstractList<PlayedMove> implements RandomAccess {
        private final PlayedMove[] items;
        private final int size;

        Frozen(PlayedMove[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public PlayedMove get(int index) {
            if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
