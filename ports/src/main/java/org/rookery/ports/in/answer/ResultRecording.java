package org.rookery.ports.in.answer;

import java.util.Objects;
import org.rookery.ports.in.RatingUpdate;
import org.rookery.ports.out.ResultKey;

/** What became of a result handed to the rating service: applied, applied before, held, or not rated. Immutable. */
public sealed interface ResultRecording {

    /** The result changed both ratings; this was its first arrival. */
    record Applied(ResultKey key, RatingUpdate white, RatingUpdate black) implements ResultRecording {
        public Applied {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(white, "white");
            Objects.requireNonNull(black, "black");
        }
    }

    /** The result was applied before (a redelivery, or the other path): nothing changed. */
    record AlreadyApplied(ResultKey key) implements ResultRecording {
        public AlreadyApplied {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A recalculation is running: the result is held and applied, once, when it ends. */
    record Deferred(ResultKey key) implements ResultRecording {
        public Deferred {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The event does not change ratings: a casual game, or not a game result at all. */
    record NotRated(String gameId, Reason reason) implements ResultRecording {
        public NotRated {
            Objects.requireNonNull(gameId, "gameId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why an event is not rated. */
    enum Reason {
        /** A game played for fun: only rated games change ratings. */
        CASUAL,
        /** Another type of event than {@code GameEnded}. */
        NOT_A_RESULT
    }
}
