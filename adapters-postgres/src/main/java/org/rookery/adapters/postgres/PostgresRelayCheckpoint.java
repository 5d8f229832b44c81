package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.excluded;
import static org.rookery.adapters.postgres.schema.Tables.RELAY_CHECKPOINT;

import org.rookery.ports.out.RelayCheckpoint;

/**
 * Relay checkpoints in {@code relay_checkpoint}, one row per relay; a save is one upsert that
 * only ever moves the position forward. Thread-safe.
 */
public final class PostgresRelayCheckpoint implements RelayCheckpoint {
    private final Database db;

    PostgresRelayCheckpoint(Database db) {
        this.db = db;
    }

    @Override
    public long position(String relay) {
        return db.read("read a relay checkpoint", dsl -> dsl.select(RELAY_CHECKPOINT.LOG_POSITION).from(RELAY_CHECKPOINT)
                .where(RELAY_CHECKPOINT.RELAY.eq(relay)).fetchOptional(RELAY_CHECKPOINT.LOG_POSITION).orElse(0L));
    }

    @Override
    public void save(String relay, long position) {
        if (position < 0) throw new IllegalArgumentException("a position cannot be negative, got " + position);
        db.read("store a relay checkpoint", dsl -> dsl.insertInto(RELAY_CHECKPOINT, RELAY_CHECKPOINT.RELAY, RELAY_CHECKPOINT.LOG_POSITION)
                .values(relay, position)
                .onConflict(RELAY_CHECKPOINT.RELAY)
                .doUpdate()
                .set(RELAY_CHECKPOINT.LOG_POSITION, excluded(RELAY_CHECKPOINT.LOG_POSITION))
                .set(RELAY_CHECKPOINT.SAVED_AT, excluded(RELAY_CHECKPOINT.SAVED_AT))
                .where(RELAY_CHECKPOINT.LOG_POSITION.lt(excluded(RELAY_CHECKPOINT.LOG_POSITION)))
                .execute());
    }
}
