package org.rookery.application.game;

/**
 * Tuning of the live-game service: a snapshot is stored each time a game's seq crosses a
 * multiple of {@code snapshotEvery} (and when it finishes). Immutable.
 */
public record LiveGameSettings(int snapshotEvery) {
    public static final LiveGameSettings DEFAULTS = new LiveGameSettings(10);

    public LiveGameSettings {
        if (snapshotEvery < 1) throw new IllegalArgumentException("snapshotEvery must be positive, got " + snapshotEvery);
    }
}
