package org.rookery.domain.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The players waiting in one pool, in join order, as parallel arrays (card, rating, join instant),
 * so that a wave reads every rating and waiting time without touching the players' objects; not
 * thread-safe.
 *
 * <p>A player who leaves leaves a hole, found through the position on their card, so leaving needs
 * no search; holes are closed in bulk, moving the players behind them forward in order. Leaving
 * closes them once they outnumber the players and reach {@value #SWEEP_THRESHOLD}; a wave, which
 * takes out most of the line, closes them once at its end.
 */
final class PoolLine {

    private static final int SWEEP_THRESHOLD = 64;
    private static final int INITIAL_CAPACITY = 16;

    private PlayerCard[] cards = new PlayerCard[INITIAL_CAPACITY];
    private double[] ratings = new double[INITIAL_CAPACITY];
    private long[] joinedSeconds = new long[INITIAL_CAPACITY];
    private int[] joinedNanos = new int[INITIAL_CAPACITY];
    /** Positions in use, holes included. */
    private int length;
    private int waiting;

    /** Puts the card's player at the end of the line. */
    void add(PlayerCard card, QueueEntry entry) {
        if (length == cards.length) {
            grow();
        }
        Instant joinedAt = entry.joinedAt();
        cards[length] = card;
        ratings[length] = entry.rating();
        joinedSeconds[length] = joinedAt.getEpochSecond();
        joinedNanos[length] = joinedAt.getNano();
        card.placed(entry, this, length);
        length++;
        waiting++;
    }

    /** Takes the card's player out; closes the holes if they have become many. */
    void remove(PlayerCard card) {
        take(card);
        int holes = length - waiting;
        if (holes >= SWEEP_THRESHOLD && holes > waiting) {
            closeHoles();
        }
    }

    /** Takes the card's player out and leaves the hole: for a wave, which closes them all at its end. */
    void take(PlayerCard card) {
        cards[card.position()] = null;
        card.leftLine();
        waiting--;
    }

    /** Moves the players behind each hole forward, keeping their order. */
    void closeHoles() {
        if (length == waiting) {
            return;
        }
        int to = 0;
        for (int from = 0; from < length; from++) {
            PlayerCard card = cards[from];
            if (card != null) {
                if (to != from) {
                    cards[to] = card;
                    ratings[to] = ratings[from];
                    joinedSeconds[to] = joinedSeconds[from];
                    joinedNanos[to] = joinedNanos[from];
                    card.moved(to);
                }
                to++;
            }
        }
        Arrays.fill(cards, to, length, null);
        length = to;
        if (cards.length > INITIAL_CAPACITY && length < cards.length / 4) {
            resize(Math.max(INITIAL_CAPACITY, 2 * length)); // after a wave took most of the line
        }
    }

    /** The entries still waiting, in join order. */
    List<QueueEntry> entries() {
        closeHoles();
        List<QueueEntry> entries = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            entries.add(cards[i].entry());
        }
        return entries;
    }

    int waiting() {
        return waiting;
    }

    boolean isEmpty() {
        return waiting == 0;
    }

    // Read by a wave once the holes are closed: position i holds the i-th player in join order.

    int length() {
        return length;
    }

    PlayerCard card(int position) {
        return cards[position];
    }

    /** The ratings by position; valid up to {@link #length()}. */
    double[] ratings() {
        return ratings;
    }

    long joinedSecond(int position) {
        return joinedSeconds[position];
    }

    int joinedNano(int position) {
        return joinedNanos[position];
    }

    private void grow() {
        resize(cards.length * 2);
    }

    private void resize(int capacity) {
        cards = Arrays.copyOf(cards, capacity);
        ratings = Arrays.copyOf(ratings, capacity);
        joinedSeconds = Arrays.copyOf(joinedSeconds, capacity);
        joinedNanos = Arrays.copyOf(joinedNanos, capacity);
    }
}
