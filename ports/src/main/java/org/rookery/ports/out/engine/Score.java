package org.rookery.ports.out.engine;

/**
 * An engine's evaluation from the side to move's point of view: centipawns (exact or a bound),
 * a forced mate in some moves, or unknown when the engine reported none. Immutable.
 */
public sealed interface Score permits Score.Centipawns, Score.Mate, Score.Unknown {

    /** Whether a centipawn score is exact or only a bound found when the search stopped early. */
    enum Bound {
        EXACT,
        LOWER,
        UPPER
    }

    /** An evaluation in hundredths of a pawn; positive favours the side to move. */
    record Centipawns(int centipawns, Bound bound) implements Score {
        public Centipawns {
            if (bound == null) throw new IllegalArgumentException("bound must not be null");
        }
    }

    /** A forced mate: in {@code moves} moves when positive, being mated in {@code -moves} when negative. */
    record Mate(int moves) implements Score {
        public Mate {
            if (moves == 0) throw new IllegalArgumentException("a mate score counts at least one move");
        }
    }

    /** The engine answered without an evaluation. */
    record Unknown() implements Score {}
}
