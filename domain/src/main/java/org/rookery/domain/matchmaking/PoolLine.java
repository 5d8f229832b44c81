package org.rookery.domain.matchmaking;

import java.util.ArrayList;
import java.util.List;

/**
 * The players waiting in one pool, in join order; a player who leaves is only marked, and marked
 * places are swept out in bulk, so leaving needs no search; not thread-safe.
 */
final class PoolLine {

    /** Sweep when this many places are marked and they outnumber the players still waiting. */
    private static final int SWEEP_THRESHOLD = 64;

    /** One player's place in the line. */
    static final class Place {
        private final QueueEntry entry;
        private final PoolLine line;
        private boolean left;

        private Place(QueueEntry entry, PoolLine line) {
            this.entry = entry;
            this.line = line;
        }

        QueueEntry entry() {
            return entry;
        }

        PoolLine line() {
            return line;
        }
    }

    private final ArrayList<Place> places = new ArrayList<>();
    private int waiting;

    Place add(QueueEntry entry) {
        Place place = new Place(entry, this);
        places.add(place);
        waiting++;
        return place;
    }

    void remove(Place place) {
        if (place.left) {
            return;
        }
        place.left = true;
        waiting--;
        int marked = places.size() - waiting;
        if (marked >= SWEEP_THRESHOLD && marked > waiting) {
            sweep();
        }
    }

    /** The entries still waiting, in join order. */
    List<QueueEntry> entries() {
        sweep();
        List<QueueEntry> entries = new ArrayList<>(places.size());
        for (Place place : places) {
            entries.add(place.entry);
        }
        return entries;
    }

    boolean isEmpty() {
        return waiting == 0;
    }

    private void sweep() {
        if (places.size() > waiting) {
            places.removeIf(place -> place.left);
        }
    }
}
