package org.rookery.benchmarks;

import java.util.List;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.GameEventListener;
import org.rookery.ports.out.Subscription;

/**
 * One client thread's share of the games in flight on a node: a fixed number of game slots, each
 * replaying a recorded game through the service, one move at a time, slot after slot. Both
 * players of every game watch it (a cheap listener that counts events, subscribed once per
 * player). When a game ends, by
 * its last move or by the resignation of the player to move once the recording runs out, its
 * watchers unsubscribe, the node forgets it, and the slot starts a new game (create, join,
 * watch). Not thread-safe: one per thread.
 */
final class GamesInFlight {
    private static final GameSetup BLITZ = GameSetup.standard(300_000, 3_000, ColorChoice.WHITE, true);

    private final InMemoryLiveGameNode node;
    private final MoveRequest[][] recorded; // [game][ply], as the client sends them
    private final String[] gameIds;
    private final int[] recording;
    private final int[] plies;
    private final Actor[] whites;
    private final Actor[] blacks;
    private final Subscription[] watchers;
    private long eventsWatched;
    private final GameEventListener watcher = event -> eventsWatched++;
    private int cursor;
    private int nextRecording;
    private long movesPlayed; // read by the iteration report once the iteration's threads have stopped

    /** Starts {@code games} games, each already some plies into its recording so that they do not end together. */
    GamesInFlight(InMemoryLiveGameNode node, List<String[]> games, int count, String client) {
        this.node = node;
        this.recorded = requests(games);
        this.gameIds = new String[count];
        this.recording = new int[count];
        this.plies = new int[count];
        this.whites = new Actor[count];
        this.blacks = new Actor[count];
        this.watchers = new Subscription[2 * count];
        nextRecording = Math.floorMod(client.hashCode(), recorded.length);
        for (int slot = 0; slot < count; slot++) {
            whites[slot] = new Actor(client + "-w" + slot, client);
            blacks[slot] = new Actor(client + "-b" + slot, client);
            startGame(slot);
            int head = (slot * 37) % recorded[recording[slot]].length;
            while (plies[slot] < head) playNext(slot);
        }
    }

    /**
     * Plays the next move of the next slot's game; returns true when that move (or the
     * resignation that follows the end of its recording) finished the game and a new one started.
     */
    boolean playNextMove() {
        int slot = cursor;
        cursor = slot + 1 == gameIds.length ? 0 : slot + 1;
        return playNext(slot);
    }

    private boolean playNext(int slot) {
        int ply = plies[slot];
        MoveRequest[] moves = recorded[recording[slot]];
        Outcome<MoveOutcome> outcome = node.service.move(gameIds[slot], ply % 2 == 0 ? whites[slot] : blacks[slot], moves[ply]);
        if (!(outcome instanceof Outcome.Accepted<MoveOutcome>(MoveOutcome played))) {
            throw new IllegalStateException("move " + moves[ply] + " of game " + gameIds[slot] + " refused: " + outcome);
        }
        plies[slot] = ply + 1;
        movesPlayed++;
        if (played.status() != Lifecycle.ENDED && ply + 1 < moves.length) return false;
        if (played.status() != Lifecycle.ENDED) accepted(node.service.resign(gameIds[slot], (ply + 1) % 2 == 0 ? whites[slot] : blacks[slot]));
        finish(slot);
        startGame(slot);
        return true;
    }

    private void startGame(int slot) {
        String id = accepted(node.service.create(whites[slot], BLITZ)).gameId();
        accepted(node.service.join(id, blacks[slot]));
        watchers[2 * slot] = accepted(node.service.watch(id, 0, watcher));
        watchers[2 * slot + 1] = accepted(node.service.watch(id, 0, watcher));
        gameIds[slot] = id;
        recording[slot] = nextRecording;
        nextRecording = (nextRecording + 1) % recorded.length;
        plies[slot] = 0;
    }

    private void finish(int slot) {
        watchers[2 * slot].close();
        watchers[2 * slot + 1].close();
        node.forget(gameIds[slot]);
    }

    /** Moves played so far, staggering included. */
    long movesPlayed() {
        return movesPlayed;
    }

    /** Events the watchers received, over all games. */
    long eventsWatched() {
        return eventsWatched;
    }

    private static MoveRequest[][] requests(List<String[]> games) {
        MoveRequest[][] requests = new MoveRequest[games.size()][];
        for (int g = 0; g < requests.length; g++) {
            String[] uci = games.get(g);
            requests[g] = new MoveRequest[uci.length];
            for (int ply = 0; ply < uci.length; ply++) requests[g][ply] = new MoveRequest("mv-" + ply, ply, uci[ply]);
        }
        return requests;
    }

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T>(T value)) return value;
        throw new IllegalStateException("refused: " + outcome);
    }
}
