package org.rookery.domain.matchmaking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the matchmaker remembers of each player's recent games: the last opponent (no back-to-back
 * rematch) and the colours of the last few games (colour balance); bounded, forgetting the players
 * whose history was least recently used (recorded or looked up by a wave); not thread-safe.
 */
public final class PairingHistory {

    private final int colorMemory;
    private final int capacity;
    /** In access order, least recently used first, which is the one forgotten beyond the capacity. */
    private final LinkedHashMap<PlayerId, Recent> players;

    /** An empty history that counts {@link PairingConfig#colorMemory()} games and remembers {@link PairingConfig#historyCapacity()} players. */
    public PairingHistory(PairingConfig config) {
        this.colorMemory = config.colorMemory();
        this.capacity = config.historyCapacity();
        this.players = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<PlayerId, Recent> eldest) {
                return size() > PairingHistory.this.capacity;
            }
        };
    }

    /** Records a game, whether the matchmaker paired it or not: colours and last opponents of both players. */
    public void recordGame(PlayerId white, PlayerId black) {
        InvalidMatchmakingException.requireValue(!white.equals(black), "a player cannot play themselves", white);
        record(white, players.get(white), black, players.get(black));
    }

    /** Records a game whose players' histories were just looked up ({@code null} for none), without looking them up again. */
    void record(PlayerId white, Recent whiteRecent, PlayerId black, Recent blackRecent) {
        remember(white, whiteRecent, black, true);
        remember(black, blackRecent, white, false);
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

    private void remember(PlayerId player, Recent known, PlayerId opponent, boolean white) {
        Recent recent = known;
        if (recent == null) {
            recent = new Recent();
            players.put(player, recent);
        }
        recent.add(opponent, white, colorMemory);
    }

    /** One player's memory, updated in place so that recording a game needs no second lookup. */
    static final class Recent {
        private PlayerId lastOpponent;
        /** Colours as bits, newest in bit 0, 1 for White. */
        private int whiteBits;
        private int games;

        PlayerId lastOpponent() {
            return lastOpponent;
        }

        int colorBalance() {
            return 2 * Integer.bitCount(whiteBits) - games;
        }

        private void add(PlayerId opponent, boolean white, int memory) {
            lastOpponent = opponent;
            whiteBits = ((whiteBits << 1) | (white ? 1 : 0)) & ((1 << memory) - 1);
            games = Math.min(games + 1, memory);
        }
    }
}
