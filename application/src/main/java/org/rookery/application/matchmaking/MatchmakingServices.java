package org.rookery.application.matchmaking;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Matchmaking's two faces sharing one waiting room: the players' use cases and the wave runner.
 * The composition root builds them with {@link #wire} and calls {@code waves().start()}. Immutable.
 */
public record MatchmakingServices(MatchmakingService service, MatchmakingWaves waves) {
    public MatchmakingServices {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(waves, "waves");
    }

    /** {@code random} settles colour ties; it must be thread-safe if shared (e.g. {@link java.util.Random}). */
    public static MatchmakingServices wire(MatchmakingPorts ports, MatchmakingSettings settings, RandomGenerator random) {
        MatchmakingCounters counters = new MatchmakingCounters();
        WaitingRoom room = new WaitingRoom(settings, random);
        return new MatchmakingServices(new MatchmakingService(room, ports, settings, counters),
                new MatchmakingWaves(room, new GameArranger(ports, settings, counters), ports, settings, counters));
    }
}
