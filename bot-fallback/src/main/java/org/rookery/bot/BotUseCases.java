package org.rookery.bot;

import java.util.Objects;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.in.WatchGameUseCase;

/** The use cases a bot plays through, the same a person's client uses. Immutable. */
public record BotUseCases(JoinGameUseCase join, PlayMoveUseCase play, WatchGameUseCase watch, GetGameUseCase read) {
    public BotUseCases {
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(play, "play");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(read, "read");
    }

    /** All four from one service that implements them (the live-game service). */
    public static <S extends JoinGameUseCase & PlayMoveUseCase & WatchGameUseCase & GetGameUseCase> BotUseCases of(S service) {
        return new BotUseCases(service, service, service, service);
    }
}
