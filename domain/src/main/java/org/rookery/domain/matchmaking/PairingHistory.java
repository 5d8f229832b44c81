package org.rookery.domain.matchmaking;

import java.util.HashMap;
import java.util.Optional;

/**
 * What the matchmaker remembers of each player's recent games: the last opponent (no back-to-back
 * rematch) and the colours of the last few games (colour balance); bounded, forgetting the players
 * who played least recently; not thread-safe.
 *
 * <p>When more than the capacity are remembered, the older half is forgotten in one sweep: each
 * player's record carries the number of the last game recorded for them, and the sweep keeps the
 * players whose last game is among the most recent half of the capacity (rounded up). The sweep
 * runs after each {@link #recordGame} and after each wave, so during a wave the history may hold
 * up to that wave's new players beyond the capacity.
 */
public final class PairingHistory {

    private final int colorMemory;
    private final int capacity;
    private final HashMap<PlayerId, Recent> players = new HashMap<>();
    /** Counts every player's every recorded game; a record keeps the count of its player's last one. */
    private long recorded;

    /** An empty history that counts {@link PairingConfig#colorMemory()} games and remembers {@link PairingConfig#historyCapacity()} players. */
    public PairingHistory(PairingConfig config) {
        this.colorMemory = config.colorMemory();
        this.capacity = config.historyCapacity();
    }

    /** Records a game, whether the matchmaker paired it or not: colours and last opponents of both players. */
    public void recordGame(PlayerId white, PlayerId black) {
        InvalidMatchmakingException.requireValue(!white.equals(black), "a player cannot play themselves", white);
        record(white, players.get(white), black, players.get(black));
        trim();
    }

    /** The opponent of the player's last recorded game, if remembered. */
    public Optional<PlayerId> lastOpponent(PlayerId player) {
        Recent recent = recentOrNull(player);
        return recent == null ? Optional.empty() : Optional.of(recent.lastOpponent);
    }

    /** Games with White minus games with Black among the player's last {@code colorMemory} games. */
    public int colorBalance(PlayerId player) {
        Recent recent = recentOrNull(player);
        return recent == null ? 0 : recent.colorBalance();
    }

    /** Players remembered. */
    public int size() {
        return players.size();
    }

    Recent recentOrNull(PlayerId player) {
        return players.get(player);
    }

    /**
     * Records a game whose players' records were just looked up ({@code null} for none), without
     * looking them up again. It never forgets anyone, so that records looked up earlier in a wave
     * stay in the history; {@link #trim()} does, after the wave.
     */
    void record(PlayerId white, Recent whiteRecent, PlayerId black, Recent blackRecent) {
        remember(white, whiteRecent, black, true);
        remember(black, blackRecent, white, false);
    }

    /** Forgets the older half if more than the capacity are remembered. */
    void trim() {
        if (players.size() > capacity) {
            forgetOlderHalf();
        }
    }

    private void remember(PlayerId player, Recent known, PlayerId opponent, boolean white) {
        Recent recent = known;
        if (recent == null) {
            recent = new Recent();
            players.put(player, recent);
        }
        recent.add(opponent, white, colorMemory, ++recorded);
    }

    /** Each record holds a distinct count, so at most half the capacity are this recent; amortized O(1) per game. */
    private void forgetOlderHalf() {
        long olderThan = recorded - (capacity + 1) / 2;
        players.values().removeIf(recent -> recent.lastRecorded <= olderThan);
    }

    /** One player's memory, updated in place so that recording a game needs no second lookup. */
    static final class Recent {
        private PlayerId lastOpponent;
        /** Colours as bits, newest in bit 0, 1 for White. */
        private int whiteBits;
        private int games;
        private long lastRecorded;

        PlayerId lastOpponent() {
            return lastOpponent;
        }

        int colorBalance() {
            return 2 * Integer.bitCount(whiteBits) - games;
        }

        private void add(PlayerId opponent, boolean white, int memory, long count) {
            lastOpponent = opponent;
            whiteBits = ((whiteBits << 1) | (white ? 1 : 0)) & ((1 << memory) - 1);
            games = Math.min(games + 1, memory);
            lastRecorded = count;
        }
    }
}
