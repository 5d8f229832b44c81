package org.rookery.ports.in.answer;

import java.util.Objects;
import org.rookery.domain.chess.IllegalMoveException;

/** The answer to a premove check: legal (with SAN and the position after it) or illegal (with the reason). Immutable. */
public sealed interface MoveValidation {
    /** The move as it was asked about. */
    String uci();

    /** The move can be played: {@code san} names it, {@code fen} is the position after it. */
    record Legal(String uci, String san, String fen) implements MoveValidation {
        public Legal {
            Objects.requireNonNull(uci, "uci");
            Objects.requireNonNull(san, "san");
            Objects.requireNonNull(fen, "fen");
        }
    }

    /** The move cannot be played: malformed text, or no legal move of the position. */
    record Illegal(String uci, IllegalMoveException.Reason reason) implements MoveValidation {
        public Illegal {
            Objects.requireNonNull(uci, "uci");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
