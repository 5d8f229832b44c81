package org.rookery.ports.in.answer;

import java.util.Objects;
import org.rookery.ports.in.BackfillProgress;

/** The answer to a backfill request: started, or refused because one is running. Immutable. */
public sealed interface BackfillStart {

    BackfillProgress progress();

    /** The backfill runs in the background from now on. */
    record Started(BackfillProgress progress) implements BackfillStart {
        public Started {
            Objects.requireNonNull(progress, "progress");
        }
    }

    /** Another backfill is running (HTTP 409); its progress is attached. */
    record AlreadyRunning(BackfillProgress progress) implements BackfillStart {
        public AlreadyRunning {
            Objects.requireNonNull(progress, "progress");
        }
    }
}
