package org.rookery.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The pooled connections to one PostgreSQL database and the jOOQ context over them, with the
 * two ways the adapters talk to it: a single statement (auto-commit) and a transaction. Every
 * statement carries the settings' timeout; a database that is down or too slow surfaces as
 * {@link org.rookery.ports.out.StoreUnavailableException}. Nothing is kept in a session between
 * transactions (no SET, no temporary tables, no advisory locks), so a transaction-pooling
 * PgBouncer may stand in between. Thread-safe.
 */
final class Database implements AutoCloseable {
    /** The schema the generated classes name; rendered as the settings' schema. */
    private static final String GENERATED_SCHEMA = "PUBLIC";
    private final HikariDataSource pool;
    private final DSLContext dsl;

    Database(PostgresSettings settings) {
        this.pool = new HikariDataSource(poolConfig(settings));
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES, jooqSettings(settings));
    }

    /** Tables rendered in the settings' schema, every statement with the settings' timeout. */
    static Settings jooqSettings(PostgresSettings settings) {
        return new Settings()
                .withRenderMapping(new RenderMapping().withSchemata(new MappedSchema().withInput(GENERATED_SCHEMA).withOutput(settings.schema())))
                .withQueryTimeout((int) Math.max(1, settings.statementTimeout().toSeconds()))
                .withExecuteLogging(false);
    }

    /** Runs statements in auto-commit mode (each one its own transaction). */
    <T> T read(String what, Function<DSLContext, T> work) {
        try {
            return work.apply(dsl);
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(String what, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }

    /** Like {@link #transaction}, once more if the database broke a deadlock or a serialization conflict. */
    <T> T transactionRetryingOnce(String what, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (RuntimeException e) {
            if (!StoreFailures.isRetryable(e)) throw StoreFailures.translate(what, e);
            return transaction(what, work);
        }
    }

    /** The pool's data source, for Flyway. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static HikariConfig poolConfig(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rookery-postgres");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(settings.validationTimeout().toMillis());
        config.setInitializationFailTimeout(-1); // start without the database; calls fail until it answers
        long statementSeconds = Math.max(1, settings.statementTimeout().toSeconds());
        config.addDataSourceProperty("prepareThreshold", settings.prepareThreshold());
        config.addDataSourceProperty("connectTimeout", Math.max(1, settings.connectionTimeout().toSeconds()));
        // A socket that stays silent past a statement's timeout (a cut network, a frozen server) is dead.
        config.addDataSourceProperty("socketTimeout", statementSeconds + 2);
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("reWriteBatchedInserts", true);
        config.addDataSourceProperty("ApplicationName", "rookery");
        return config;
    }
}
