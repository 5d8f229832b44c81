package org.rookery.domain.event;

/** The result of a finished game, with its PGN/API notation ({@code "1-0"}). Immutable. */
public enum GameResult {
    WHITE_WINS("1-0"),
    BLACK_WINS("0-1"),
    DRAW("1/2-1/2");

    private final String notation;

    GameResult(String notation) {
        this.notation = notation;
    }

    public String notation() {
        return notation;
    }

    /** The result in which {@code winnerIsWhite}'s side wins. */
    public static GameResult winFor(boolean winnerIsWhite) {
        return winnerIsWhite ? WHITE_WINS : BLACK_WINS;
    }

    public static GameResult fromNotation(String notation) {
        for (GameResult r : values()) if (r.notation.equals(notation)) return r;
        throw new IllegalArgumentException("unknown result '" + notation + "'");
    }
}
