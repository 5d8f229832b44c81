package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What {@code POST /v1/games} needs: the time control, and optionally the colour wanted, whether
 * the game is rated, and a starting position (FEN). Null fields are left out, so the server's
 * defaults apply. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewGame(TimeControl timeControl, ColorChoice color, Boolean rated, String fen) {
    public NewGame {
        Objects.requireNonNull(timeControl, "timeControl");
    }

    /** A casual game from the start position, the creator playing {@code color}. */
    public static NewGame playing(ColorChoice color, TimeControl timeControl) {
        return new NewGame(timeControl, color, null, null);
    }

    public NewGame rated(boolean isRated) {
        return new NewGame(timeControl, color, isRated, fen);
    }

    public NewGame fromPosition(String startFen) {
        return new NewGame(timeControl, color, rated, Objects.requireNonNull(startFen, "startFen"));
    }
}
