package org.rookery.adapters.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One PostgreSQL database per test JVM ({@code rookery_test_<random>}, created through the
 * adapter's own creation path, dropped when the JVM exits), a store on its {@code public} schema
 * shared by every test class, and stores on schemas of their own for suites that wipe their
 * tables. Its commits do not wait for the disk (see below). The server is the one in {@code ROOKERY_TEST_POSTGRES_URL}'s host (default
 * 127.0.0.1:5432, user postgres). Thread-safe.
 */
final class TestDatabase {
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final List<PostgresStore> OPENED = new ArrayList<>();
    private static PostgresSettings settings;
    private static PostgresStore shared;

    private TestDatabase() {}

    /** Settings for the test database: small pool, short timeouts (the server is local). */
    static PostgresSettings settings() {
        LOCK.lock();
        try {
            if (settings == null) {
                String server = System.getenv().getOrDefault("ROOKERY_TEST_POSTGRES_SERVER", "127.0.0.1:5432");
                String name = "rookery_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
                PostgresSettings d = PostgresSettings.DEFAULTS;
                settings = new PostgresSettings("jdbc:postgresql://" + server + "/" + name, d.user(), d.password(), 4, d.connectionTimeout(),
                        d.validationTimeout(), d.statementTimeout(), d.prepareThreshold(), "public", d.groupCommitMax());
                DatabaseCreator.ensureExists(settings);
                commitWithoutWaitingForTheDisk(settings);
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(TestDatabase::dropEverything));
            }
            return settings;
        } finally {
            LOCK.unlock();
        }
    }

    /** The store on the test database's public schema, shared by every test class. */
    static PostgresStore shared() {
        LOCK.lock();
        try {
            if (shared == null) shared = open(settings());
            return shared;
        } finally {
            LOCK.unlock();
        }
    }

    /** A store of its own on the shared schema: another process's view of the same tables. Closed at exit. */
    static PostgresStore anotherProcess() {
        return open(settings());
    }

    /** A store on a new schema of the test database, for a suite that wipes its tables. Closed at exit. */
    static PostgresStore ownSchema(String prefix) {
        return open(settings().withSchema(prefix + "_" + UUID.randomUUID().toString().substring(0, 8)));
    }

    /**
     * Tests check what commits and what readers see, not what survives a power cut: the test
     * database commits without waiting for its WAL flush (a 20,000-write contract runs in seconds
     * instead of minutes). jOOQ has no ALTER DATABASE … SET, hence the one SQL string.
     */
    private static void commitWithoutWaitingForTheDisk(PostgresSettings s) {
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password())) {
            DSL.using(c, SQLDialect.POSTGRES).execute("ALTER DATABASE " + DatabaseCreator.databaseName(s.url()) + " SET synchronous_commit = off");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot configure the test database", e);
        }
    }

    private static PostgresStore open(PostgresSettings s) {
        PostgresStore store = PostgresStore.open(s);
        LOCK.lock();
        try {
            OPENED.add(store);
        } finally {
            LOCK.unlock();
        }
        return store;
    }

    private static void dropEverything() {
        for (PostgresStore store : OPENED) {
            try {
                store.close();
            } catch (RuntimeException ignored) {
                // the database goes anyway
            }
        }
        DatabaseCreator.drop(settings);
    }
}
