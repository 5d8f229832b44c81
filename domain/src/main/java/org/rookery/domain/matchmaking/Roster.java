package org.rookery.domain.matchmaking;

import java.util.HashMap;
import java.util.Iterator;

/**
 * Every player matchmaking knows, one {@link PlayerCard} each, found by id: those waiting in a
 * queue and those remembered for their recent games. A card no longer waiting and with no game
 * remembered is dropped. Not thread-safe.
 */
final class Roster {

    private final HashMap<PlayerId, PlayerCard> cards = new HashMap<>();

    /** The player's card, or {@code null} if matchmaking knows nothing of them. */
    PlayerCard find(PlayerId player) {
        return cards.get(player);
    }

    /** The player's card, made if they had none. */
    PlayerCard enrol(PlayerId player) {
        PlayerCard card = cards.get(player);
        return card != null ? card : add(player);
    }

    /** A new card for a player who has none ({@link #find} said so). */
    PlayerCard add(PlayerId player) {
        PlayerCard card = new PlayerCard(player);
        cards.put(player, card);
        return card;
    }

    /** Drops the card if it says nothing any more (not waiting, no game remembered). */
    void dropIfBlank(PlayerCard card) {
        if (card.blank()) {
            cards.remove(card.id());
        }
    }

    /**
     * Forgets the games of every player whose last game has a count up to {@code count}, and drops
     * those of them who are not waiting; answers how many players' games were forgotten.
     */
    int forgetGamesUpTo(long count) {
        int forgotten = 0;
        for (Iterator<PlayerCard> all = cards.values().iterator(); all.hasNext(); ) {
            PlayerCard card = all.next();
            if (card.remembersGames() && card.lastRecorded() <= count) {
                card.forgetGames();
                forgotten++;
                if (!card.waiting()) {
                    all.remove();
                }
            }
        }
        return forgotten;
    }

    /** Players with a card. */
    int size() {
        return cards.size();
    }
}
