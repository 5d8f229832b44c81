package org.rookery.application.game;

import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.game.Game;

/**
 * Decides when a game's snapshot is due: after {@code snapshotEveryMoves} moves or
 * {@code snapshotEvery} since its last snapshot (counted from when the game came into memory, for
 * a game loaded from the store), whichever first, and when it finishes. Thread-safe; ask under
 * the game's lock.
 */
final class SnapshotSchedule {
    private record Mark(int ply, long atMs) {}

    private final ConcurrentHashMap<String, Mark> marks = new ConcurrentHashMap<>();
    private final int everyMoves;
    private final long everyMs;

    SnapshotSchedule(LiveGameSettings settings) {
        this.everyMoves = settings.snapshotEveryMoves();
        this.everyMs = settings.snapshotEvery().toMillis();
    }

    /** Whether the game, just changed at {@code nowMs}, should be snapshotted now; if so, it counts as taken. */
    boolean due(Game game, long nowMs) {
        String id = game.id();
        Mark mark = marks.get(id);
        if (mark == null) { // first seen: new, or just loaded from snapshot + log
            mark = new Mark(game.lifecycle().isTerminal() ? -1 : Math.max(0, game.ply() - 1), nowMs);
            marks.put(id, mark);
        }
        boolean due = game.lifecycle().isTerminal() || game.ply() - mark.ply >= everyMoves
                || (nowMs - mark.atMs >= everyMs && game.ply() > mark.ply);
        if (due) marks.put(id, new Mark(game.ply(), nowMs));
        return due;
    }

    void forget(String gameId) {
        marks.remove(gameId);
    }
}
