package org.rookery.adapters.postgres;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * Tells a database that is down, unreachable or too slow from a bug: the first become
 * {@link StoreUnavailableException} (the caller answers 503 and may retry), anything else is
 * left as it is. Stateless, so thread-safe.
 */
final class StoreFailures {
    /** SQLSTATEs that mean "not now": cannot connect, shutting down, too many connections, cancelled by the timeout. */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300", "57014", "55P03");

    private StoreFailures() {}

    /** The failure as the port reports it: a {@link StoreUnavailableException} when the database could not do it now. */
    static RuntimeException translate(String what, RuntimeException failure) {
        if (failure instanceof StoreUnavailableException) return failure;
        return isUnavailable(failure) ? new StoreUnavailableException("PostgreSQL could not " + what + ": " + rootMessage(failure), failure) : failure;
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException || t instanceof SocketException
                    || t instanceof SocketTimeoutException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE.contains(state)) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** Whether the transaction lost a race the database broke (deadlock, serialization): worth one more try. */
    static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }
}
