package org.rookery.adapters.postgres;

import org.rookery.events.json.EventJson;

/**
 * The entry point of the PostgreSQL adapters: opening one creates the database if it is missing
 * (and the user may), migrates the schema, starts the connection pool, and builds every adapter on
 * it; closing it commits the event log's queued appends and closes the pool. One store per
 * process and database. Thread-safe.
 */
public final class PostgresStore implements AutoCloseable {
    private final PostgresSettings settings;
    private final Database db;
    private final PostgresGameEventLog eventLog;
    private final PostgresGameSnapshotStore snapshots;
    private final PostgresRelayCheckpoint relayCheckpoint;
    private final PostgresMatchEventLog matchEventLog;
    private final PostgresMatchRetryQueue matchRetryQueue;
    private final PostgresRatingStore ratings;
    private final PostgresLeaderboardStore leaderboards;
    private final PostgresGameArchive gameArchive;

    private PostgresStore(PostgresSettings settings) {
        this.settings = settings;
        this.db = new Database(settings);
        EventJson json = new EventJson();
        this.eventLog = new PostgresGameEventLog(db, json, settings);
        this.snapshots = new PostgresGameSnapshotStore(db);
        this.relayCheckpoint = new PostgresRelayCheckpoint(db);
        this.matchEventLog = new PostgresMatchEventLog(db, json);
        this.matchRetryQueue = new PostgresMatchRetryQueue(db);
        this.ratings = new PostgresRatingStore(db);
        this.leaderboards = new PostgresLeaderboardStore(db);
        this.gameArchive = new PostgresGameArchive(db);
    }

    /**
     * Creates the database if missing, migrates it, and opens the store.
     *
     * @throws org.rookery.ports.out.StoreUnavailableException when PostgreSQL cannot be reached
     */
    public static PostgresStore open(PostgresSettings settings) {
        DatabaseCreator.ensureExists(settings);
        Migrations.migrate(settings);
        return new PostgresStore(settings);
    }

    /** Migrates the settings' database (creating it if missing) without opening a store: {@code rookery migrate}. Returns migrations run. */
    public static int migrate(PostgresSettings settings) {
        DatabaseCreator.ensureExists(settings);
        return Migrations.migrate(settings);
    }

    public PostgresSettings settings() {
        return settings;
    }

    public PostgresGameEventLog eventLog() {
        return eventLog;
    }

    public PostgresGameSnapshotStore snapshots() {
        return snapshots;
    }

    public PostgresRelayCheckpoint relayCheckpoint() {
        return relayCheckpoint;
    }

    public PostgresMatchEventLog matchEventLog() {
        return matchEventLog;
    }

    public PostgresMatchRetryQueue matchRetryQueue() {
        return matchRetryQueue;
    }

    public PostgresRatingStore ratings() {
        return ratings;
    }

    public PostgresLeaderboardStore leaderboards() {
        return leaderboards;
    }

    /** The history's archive of finished games. */
    public PostgresGameArchive gameArchive() {
        return gameArchive;
    }

    @Override
    public void close() {
        eventLog.close();
        db.close();
    }
}
