package org.rookery.adapters.http.usecase;

import java.util.Objects;
import org.rookery.ports.in.ExportPlayerGamesUseCase;
import org.rookery.ports.in.ListPlayerGamesUseCase;

/**
 * The history use cases the HTTP adapter drives: a player's archive a page at a time, and all of it
 * as PGN. (A finished game by id is served by the game routes, whose read use case falls back to
 * the history.) Immutable.
 */
public record HistoryApi(ListPlayerGamesUseCase games, ExportPlayerGamesUseCase export) {
    public HistoryApi {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(export, "export");
    }

    /** Both served by one object, such as the history's query service. */
    public static <S extends ListPlayerGamesUseCase & ExportPlayerGamesUseCase> HistoryApi of(S service) {
        return new HistoryApi(service, service);
    }
}
