package org.rookery.domain.matchmaking;

import java.util.Optional;

/**
 * What the matchmaker remembers of each player's recent games: the last opponent (no back-to-back
 * rematch) and the colours of the last few games (colour balance); bounded, forgetting the players
 * who played least recently; not thread-safe.
 *
 * <p>When more than the capacity are remembered, the older half is forgotten in one sweep: each
 * player's card carries the number of the last game recorded for them, and the sweep keeps the
 * players whose last game is among the most recent half of the capacity (rounded up). The sweep
 * runs after each {@link #recordGame} and after each wave, so during a wave the history may hold
 * up to that wave's new players beyond the capacity.
 *
 * <p>The history keeps its players' cards in a {@link Roster} that the {@link MatchmakingQueue}s
 * built on it share: a waiting player's card holds both their place and their recent games.
 */
public final class PairingHistory {

    private final int colorMemory;
    private final int capacity;
    private final Roster roster = new Roster();
    /** Players with at least one game remembered. */
    private int remembered;
    /** Counts every player's every recorded game; a card keeps the count of its player's last one. */
    private long recorded;

    /** An empty history that counts {@link PairingConfig#colorMemory()} games and remembers {@link PairingConfig#historyCapacity()} players. */
    public PairingHistory(PairingConfig config) {
        this.colorMemory = config.colorMemory();
        this.capacity = config.historyCapacity();
    }

    /** Records a game, whether the matchmaker paired it or not: colours and last opponents of both players. */
    public void recordGame(PlayerId white, PlayerId black) {
        InvalidMatchmakingException.requireValue(!white.equals(black), "a player cannot play themselves", white);
        record(roster.enrol(white), roster.enrol(black));
        trim();
    }

    /** The opponent of the player's last recorded game, if remembered. */
    public Optional<PlayerId> lastOpponent(PlayerId player) {
        PlayerCard card = roster.find(player);
        return card == null ? Optional.empty() : card.lastOpponent();
    }

    /** Games with White minus games with Black among the player's last {@code colorMemory} games. */
    public int colorBalance(PlayerId player) {
        PlayerCard card = roster.find(player);
        return card == null ? 0 : card.colorBalance();
    }

    /** Players remembered. */
    public int size() {
        return remembered;
    }

    Roster roster() {
        return roster;
    }

    /**
     * Records a game between two players' cards. It never forgets anyone, so that a wave can record
     * its pairings as it goes; {@link #trim()} does, after the wave.
     */
    void record(PlayerCard white, PlayerCard black) {
        remember(white, black, true);
        remember(black, white, false);
    }

    /** Forgets the older half if more than the capacity are remembered. */
    void trim() {
        if (remembered > capacity) {
            forgetOlderHalf();
        }
    }

    private void remember(PlayerCard card, PlayerCard opponent, boolean white) {
        if (!card.remembersGames()) {
            remembered++;
        }
        card.recordGame(opponent, white, colorMemory, ++recorded);
    }

    /** Each card holds a distinct count, so at most half the capacity are this recent; amortized O(1) per game. */
    private void forgetOlderHalf() {
        remembered -= roster.forgetGamesUpTo(recorded - (capacity + 1) / 2);
    }
}
