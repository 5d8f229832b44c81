package org.rookery.domain.matchmaking;

import java.util.Optional;

/**
 * What matchmaking knows of one player: where they wait, if they do, and their recent games (last
 * opponent, colours); one card per player in a {@link Roster}, shared by the queue and the pairing
 * history, so that a wave finds everything about a waiting player through the line they wait in,
 * without looking anything up; not thread-safe.
 */
final class PlayerCard {

    private final PlayerId id;
    /** The id's hash, so that telling two players apart rarely needs their ids' text. */
    private final int idHash;

    // where the player waits: all null / -1 when not waiting
    private QueueEntry entry;
    private PoolLine line;
    private int position = -1;

    // recent games: no opponent and no games when none is remembered
    private PlayerId lastOpponent;
    private int lastOpponentHash;
    /** Colours as bits, newest in bit 0, 1 for White. */
    private int whiteBits;
    private int games;
    /** The history's count of the last game recorded for this player. */
    private long lastRecorded;

    PlayerCard(PlayerId id) {
        this.id = id;
        this.idHash = id.hashCode();
    }

    PlayerId id() {
        return id;
    }

    // waiting

    boolean waiting() {
        return entry != null;
    }

    QueueEntry entry() {
        return entry;
    }

    PoolLine line() {
        return line;
    }

    int position() {
        return position;
    }

    void placed(QueueEntry entry, PoolLine line, int position) {
        this.entry = entry;
        this.line = line;
        this.position = position;
    }

    void moved(int position) {
        this.position = position;
    }

    void leftLine() {
        entry = null;
        line = null;
        position = -1;
    }

    // recent games

    boolean remembersGames() {
        return games > 0;
    }

    /** Whether the last game remembered for this player was against {@code other}. */
    boolean lastPlayed(PlayerCard other) {
        return lastOpponent != null
                && (lastOpponent == other.id || lastOpponentHash == other.idHash && lastOpponent.equals(other.id));
    }

    Optional<PlayerId> lastOpponent() {
        return Optional.ofNullable(lastOpponent);
    }

    /** Games with White minus games with Black among the remembered ones. */
    int colorBalance() {
        return 2 * Integer.bitCount(whiteBits) - games;
    }

    long lastRecorded() {
        return lastRecorded;
    }

    void recordGame(PlayerCard opponent, boolean white, int colorMemory, long count) {
        lastOpponent = opponent.id;
        lastOpponentHash = opponent.idHash;
        whiteBits = ((whiteBits << 1) | (white ? 1 : 0)) & ((1 << colorMemory) - 1);
        games = Math.min(games + 1, colorMemory);
        lastRecorded = count;
    }

    void forgetGames() {
        lastOpponent = null;
        lastOpponentHash = 0;
        whiteBits = 0;
        games = 0;
        lastRecorded = 0;
    }

    /** Neither waiting nor remembered for any game: nothing worth keeping. */
    boolean blank() {
        return !waiting() && !remembersGames();
    }

    @Override
    public String toString() {
        return id + (waiting() ? " waiting in " + entry.pool() : "") + (remembersGames() ? ", last played " + lastOpponent : "");
    }
}
