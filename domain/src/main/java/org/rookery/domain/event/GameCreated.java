package org.rookery.domain.event;

import java.util.Objects;
import org.rookery.domain.clock.TimeControl;

/**
 * A player opened a game and is waiting for an opponent. The creator's colour is already
 * resolved (a random choice is drawn before the event), so exactly one of {@code white} and
 * {@code black} is the creator and the other is null. Immutable.
 */
public record GameCreated(
        String createdBy, String white, String black, TimeControl timeControl, boolean rated, String initialFen)
        implements GameEvent {
    public static final String TYPE = "GameCreated";
    public static final int SCHEMA_VERSION = 1;

    public GameCreated {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(timeControl, "timeControl");
        Objects.requireNonNull(initialFen, "initialFen");
        if (!(createdBy.equals(white) && black == null) && !(createdBy.equals(black) && white == null)) {
            throw new IllegalArgumentException("the creator must hold exactly one colour");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
