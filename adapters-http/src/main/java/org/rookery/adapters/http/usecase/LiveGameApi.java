package org.rookery.adapters.http.usecase;

import java.util.Objects;
import org.rookery.ports.in.AbortGameUseCase;
import org.rookery.ports.in.ClaimDrawUseCase;
import org.rookery.ports.in.CreateGameUseCase;
import org.rookery.ports.in.DrawOfferUseCase;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.in.ResignGameUseCase;
import org.rookery.ports.in.ValidateMoveUseCase;
import org.rookery.ports.in.WatchGameUseCase;

/** The live-game use cases the HTTP adapter drives (commands, reads, watching, premove checks), as one parts list. Immutable. */
public record LiveGameApi(
        CreateGameUseCase create,
        JoinGameUseCase join,
        PlayMoveUseCase play,
        ResignGameUseCase resign,
        AbortGameUseCase abort,
        DrawOfferUseCase draws,
        ClaimDrawUseCase claims,
        GetGameUseCase games,
        WatchGameUseCase watch,
        ValidateMoveUseCase validate) {
    public LiveGameApi {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(play, "play");
        Objects.requireNonNull(resign, "resign");
        Objects.requireNonNull(abort, "abort");
        Objects.requireNonNull(draws, "draws");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(validate, "validate");
    }

    /** These use cases, with games read by {@code reads} (such as a lookup that falls back to the history). */
    public LiveGameApi withGames(GetGameUseCase reads) {
        return new LiveGameApi(create, join, play, resign, abort, draws, claims, reads, watch, validate);
    }

    /** Every command and read served by one object, such as the live-game service, and the premove checks by another. */
    public static <S extends CreateGameUseCase & JoinGameUseCase & PlayMoveUseCase & ResignGameUseCase & AbortGameUseCase
                    & DrawOfferUseCase & ClaimDrawUseCase & GetGameUseCase & WatchGameUseCase> LiveGameApi of(S service,
            ValidateMoveUseCase validate) {
        return new LiveGameApi(service, service, service, service, service, service, service, service, service, validate);
    }
}
