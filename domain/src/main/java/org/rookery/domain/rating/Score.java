package org.rookery.domain.rating;

/** The result of one game from one player's point of view, with its Glicko score; immutable. */
public enum Score {
    WIN(1.0),
    DRAW(0.5),
    LOSS(0.0);

    private final double points;

    Score(double points) {
        this.points = points;
    }

    /** The score used by Glicko-2: 1 for a win, ½ for a draw, 0 for a loss. */
    public double points() {
        return points;
    }

    /** The same game seen from the opponent's side. */
    public Score opposite() {
        return switch (this) {
            case WIN -> LOSS;
            case DRAW -> DRAW;
            case LOSS -> WIN;
        };
    }
}
