package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * Creates the settings' database when it is missing and the user may, through the server's
 * {@code postgres} maintenance database, so a first start needs nothing prepared by hand; drops
 * one for tests. Stateless, so thread-safe.
 */
final class DatabaseCreator {
    private static final System.Logger LOG = System.getLogger(DatabaseCreator.class.getName());
    private static final String DUPLICATE_DATABASE = "42P04", INSUFFICIENT_PRIVILEGE = "42501";

    private DatabaseCreator() {}

    /** Creates the database named in the URL unless it exists; a user without the right is left to fail at migration. */
    static void ensureExists(PostgresSettings settings) {
        String database = databaseName(settings.url());
        try (Connection c = maintenanceConnection(settings)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            if (dsl.fetchExists(table(name("pg_catalog", "pg_database")), field(name("datname")).eq(database))) return;
            dsl.createDatabase(name(database)).execute();
            LOG.log(Level.INFO, "created database " + database);
        } catch (SQLException | RuntimeException e) {
            String state = sqlState(e);
            if (DUPLICATE_DATABASE.equals(state)) return; // another process created it first
            if (INSUFFICIENT_PRIVILEGE.equals(state)) {
                LOG.log(Level.WARNING, "database " + database + " is missing and user " + settings.user() + " may not create it");
                return;
            }
            if (StoreFailures.isUnavailable(e)) throw new StoreUnavailableException("PostgreSQL is unreachable at " + settings.url(), e);
            throw new IllegalStateException("could not check or create database " + database, e);
        }
    }

    /** Drops the database, closing its other sessions first (for test databases). */
    static void drop(PostgresSettings settings) {
        String database = databaseName(settings.url());
        try (Connection c = maintenanceConnection(settings)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            dsl.select(DSL.function(name("pg_terminate_backend"), Boolean.class, field(name("pid"))))
                    .from(table(name("pg_catalog", "pg_stat_activity")))
                    .where(field(name("datname")).eq(database))
                    .fetch();
            dsl.dropDatabaseIfExists(name(database)).execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + database, e);
        }
    }

    /** The database named by a {@code jdbc:postgresql://host:port/name?…} URL. */
    static String databaseName(String url) {
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        if (path == null || path.length() < 2) throw new IllegalArgumentException("the URL names no database: " + url);
        return path.substring(1);
    }

    private static Connection maintenanceConnection(PostgresSettings settings) throws SQLException {
        URI uri = URI.create(settings.url().substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password());
        props.setProperty("connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
        props.setProperty("socketTimeout", Long.toString(Math.max(1, settings.statementTimeout().toSeconds()) + 2));
        return DriverManager.getConnection(url, props);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof SQLException sql && sql.getSQLState() != null) return sql.getSQLState();
        return null;
    }
}
