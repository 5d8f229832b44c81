package org.rookery.ports.in.answer;

import java.time.Instant;
import java.util.Objects;

/** The legacy results endpoint's answer: recorded (see how), gone for good, or invalid input. Immutable. */
public sealed interface LegacyResultAnswer {

    /** The result went the same way as one from the event stream. */
    record Recorded(ResultRecording recording) implements LegacyResultAnswer {
        public Recorded {
            Objects.requireNonNull(recording, "recording");
        }
    }

    /** The endpoint was retired at {@code since}; results come from events only (HTTP 410, code {@code gone}). */
    record Gone(Instant since) implements LegacyResultAnswer {
        public Gone {
            Objects.requireNonNull(since, "since");
        }
    }

    /** A field is missing or malformed; nothing was recorded (HTTP 400). */
    record Invalid(String message) implements LegacyResultAnswer {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
