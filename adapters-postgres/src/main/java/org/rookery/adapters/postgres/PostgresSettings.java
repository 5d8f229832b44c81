package org.rookery.adapters.postgres;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How to reach PostgreSQL and how patient to be with it: the JDBC URL (the database is created
 * when missing and the user may), credentials, pool size, timeouts, server-side prepared
 * statements (0 turns them off, for PgBouncer before 1.21 in transaction mode), the schema the
 * tables live in, and the largest group commit. Environment variables (docs/storage.md) override
 * {@link #DEFAULTS}. Immutable.
 *
 * @param connectionTimeout  how long a caller waits for a pooled connection before the store counts as unavailable
 * @param validationTimeout  how long a connection's liveness check may take
 * @param statementTimeout   the longest any one statement may run (the driver cancels it after that)
 * @param prepareThreshold   executions of a statement before the driver prepares it on the server (0: never)
 * @param groupCommitMax     most appends one event-log transaction commits together
 */
public record PostgresSettings(String url, String user, String password, int poolSize, Duration connectionTimeout,
        Duration validationTimeout, Duration statementTimeout, int prepareThreshold, String schema, int groupCommitMax) {

    public static final String URL = "ROOKERY_POSTGRES_URL";
    public static final String USER = "ROOKERY_POSTGRES_USER";
    public static final String PASSWORD = "ROOKERY_POSTGRES_PASSWORD";
    public static final String POOL_SIZE = "ROOKERY_POSTGRES_POOL_SIZE";
    public static final String CONNECTION_TIMEOUT = "ROOKERY_POSTGRES_CONNECTION_TIMEOUT";
    public static final String VALIDATION_TIMEOUT = "ROOKERY_POSTGRES_VALIDATION_TIMEOUT";
    public static final String STATEMENT_TIMEOUT = "ROOKERY_POSTGRES_STATEMENT_TIMEOUT";
    public static final String PREPARE_THRESHOLD = "ROOKERY_POSTGRES_PREPARE_THRESHOLD";
    public static final String SCHEMA = "ROOKERY_POSTGRES_SCHEMA";
    public static final String GROUP_COMMIT_MAX = "ROOKERY_POSTGRES_GROUP_COMMIT_MAX";

    public static final PostgresSettings DEFAULTS = new PostgresSettings("jdbc:postgresql://127.0.0.1:5432/rookery", "postgres", "", 10,
            Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(5), 5, "public", 500);

    public PostgresSettings {
        if (url == null || !url.startsWith("jdbc:postgresql://")) throw new IllegalArgumentException("url must be a jdbc:postgresql:// URL, got " + url);
        if (user == null || user.isBlank()) throw new IllegalArgumentException("user must not be blank");
        Objects.requireNonNull(password, "password (empty for none)");
        if (poolSize < 2) throw new IllegalArgumentException("poolSize must be at least 2 (the group commit writer holds one), got " + poolSize);
        // HikariCP refuses connection and validation timeouts under 250 ms.
        atLeast(connectionTimeout, Duration.ofMillis(250), "connectionTimeout");
        atLeast(validationTimeout, Duration.ofMillis(250), "validationTimeout");
        atLeast(statementTimeout, Duration.ofSeconds(1), "statementTimeout"); // JDBC query timeouts count whole seconds
        if (prepareThreshold < 0) throw new IllegalArgumentException("prepareThreshold must not be negative, got " + prepareThreshold);
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) throw new IllegalArgumentException("schema must be a lower-case SQL name, got " + schema);
        if (groupCommitMax < 1) throw new IllegalArgumentException("groupCommitMax must be positive, got " + groupCommitMax);
    }

    /** {@link #DEFAULTS}, overridden by whichever of the variables above {@code environment} sets (durations in milliseconds). */
    public static PostgresSettings fromEnvironment(Map<String, String> environment) {
        Function<String, String> get = key -> {
            String value = environment.get(key);
            return value == null || value.isBlank() ? null : value.trim();
        };
        PostgresSettings d = DEFAULTS;
        return new PostgresSettings(or(get.apply(URL), d.url), or(get.apply(USER), d.user), environment.getOrDefault(PASSWORD, d.password),
                integer(get, POOL_SIZE, d.poolSize), millis(get, CONNECTION_TIMEOUT, d.connectionTimeout),
                millis(get, VALIDATION_TIMEOUT, d.validationTimeout), millis(get, STATEMENT_TIMEOUT, d.statementTimeout),
                integer(get, PREPARE_THRESHOLD, d.prepareThreshold), or(get.apply(SCHEMA), d.schema), integer(get, GROUP_COMMIT_MAX, d.groupCommitMax));
    }

    public PostgresSettings withUrl(String newUrl) {
        return new PostgresSettings(newUrl, user, password, poolSize, connectionTimeout, validationTimeout, statementTimeout, prepareThreshold,
                schema, groupCommitMax);
    }

    public PostgresSettings withSchema(String newSchema) {
        return new PostgresSettings(url, user, password, poolSize, connectionTimeout, validationTimeout, statementTimeout, prepareThreshold,
                newSchema, groupCommitMax);
    }

    public PostgresSettings withPoolSize(int newPoolSize) {
        return new PostgresSettings(url, user, password, newPoolSize, connectionTimeout, validationTimeout, statementTimeout, prepareThreshold,
                schema, groupCommitMax);
    }

    @Override
    public String toString() { // never print the password
        return "PostgresSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + ", connectionTimeout=" + connectionTimeout
                + ", validationTimeout=" + validationTimeout + ", statementTimeout=" + statementTimeout + ", prepareThreshold="
                + prepareThreshold + ", schema=" + schema + ", groupCommitMax=" + groupCommitMax + "]";
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static int integer(Function<String, String> get, String key, int fallback) {
        String value = get.apply(key);
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
        }
    }

    private static Duration millis(Function<String, String> get, String key, Duration fallback) {
        return Duration.ofMillis(integer(get, key, (int) fallback.toMillis()));
    }

    private static void atLeast(Duration value, Duration least, String name) {
        if (value == null || value.compareTo(least) < 0) throw new IllegalArgumentException(name + " must be at least " + least + ", got " + value);
    }
}
