package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.excluded;
import static org.rookery.adapters.postgres.schema.Tables.GAME_SNAPSHOT;

import java.util.Optional;
import org.rookery.domain.game.GameMemento;
import org.rookery.ports.out.GameSnapshotStore;

/**
 * The latest snapshot of each game, one row per game ({@code game_snapshot}), the memento as
 * JSONB. A save is one upsert that keeps the row with the higher seq, so racing saves settle on
 * the newest. Thread-safe.
 */
public final class PostgresGameSnapshotStore implements GameSnapshotStore {
    private final Database db;
    private final SnapshotJson json = new SnapshotJson();

    PostgresGameSnapshotStore(Database db) {
        this.db = db;
    }

    @Override
    public void save(GameMemento snapshot) {
        var document = json.write(snapshot);
        db.read("store a snapshot", dsl -> dsl.insertInto(GAME_SNAPSHOT, GAME_SNAPSHOT.GAME_ID, GAME_SNAPSHOT.SEQ, GAME_SNAPSHOT.MEMENTO)
                .values(snapshot.gameId(), snapshot.seq(), document)
                .onConflict(GAME_SNAPSHOT.GAME_ID)
                .doUpdate()
                .set(GAME_SNAPSHOT.SEQ, excluded(GAME_SNAPSHOT.SEQ))
                .set(GAME_SNAPSHOT.MEMENTO, excluded(GAME_SNAPSHOT.MEMENTO))
                .set(GAME_SNAPSHOT.SAVED_AT, excluded(GAME_SNAPSHOT.SAVED_AT))
                .where(GAME_SNAPSHOT.SEQ.lt(excluded(GAME_SNAPSHOT.SEQ)))
                .execute());
    }

    @Override
    public Optional<GameMemento> latest(String gameId) {
        return db.read("read a snapshot", dsl -> dsl.select(GAME_SNAPSHOT.MEMENTO).from(GAME_SNAPSHOT)
                .where(GAME_SNAPSHOT.GAME_ID.eq(gameId))
                .fetchOptional(GAME_SNAPSHOT.MEMENTO)
                .map(document -> json.read(document, gameId)));
    }
}
