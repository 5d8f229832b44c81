package org.rookery.adapters.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * Brings the schema up to date with the migrations in {@code db/migration} (Flyway). Flyway gets
 * connections of its own, not the pool's: it sets the search path on the connections it uses, and
 * pooled connections must carry no session state. Stateless, so thread-safe.
 */
final class Migrations {
    private Migrations() {}

    /** Applies the pending migrations to the settings' schema (created if missing); returns how many ran. */
    static int migrate(PostgresSettings settings) {
        Flyway flyway = Flyway.configure()
                .dataSource(settings.url(), settings.user(), settings.password())
                .schemas(settings.schema())
                .defaultSchema(settings.schema())
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            if (StoreFailures.isUnavailable(e)) throw new StoreUnavailableException("PostgreSQL is unreachable at " + settings.url(), e);
            throw e;
        }
    }
}
