package io.deliveryhub.platform.failure;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells weather from poison: whether a failure says that something the work needs was unavailable for a while (the
 * database restarting, failing over or overloaded, the network, a lock held by another transaction), so the same work
 * will succeed when tried again later, rather than that the work itself cannot be done (a Kafka error the client
 * calls retriable counts as weather too). Consumers wait and retry on
 * the first and dead-letter only the second; the REST layer answers the first with 503 and {@code Retry-After}.
 * Every exception in the cause chain is looked at, since JDBC, Hibernate, Agroal and the transaction manager wrap
 * each other's failures.
 */
public final class TransientFailures {

    /**
     * PostgreSQL SQLSTATEs (and classes, by their first two characters) that describe the moment, not the statement:
     * 08 connection exceptions, 53 insufficient resources (too many connections, disk full), 57P01–57P03 the server
     * shutting down or starting up, 40001/40P01 serialization failures and deadlocks, 55P03 a lock not obtained in
     * time, 57014 a statement cancelled (the transaction timed out), 25006 a write reaching a server that just became
     * a read-only standby in a failover, 58 I/O errors of the server.
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03",
            "57014", "25006");

    private TransientFailures() {
    }

    /**
     * Whether anything in the chain of {@code failure}, or among the suppressed exceptions along it (where the
     * transaction manager keeps the reason a commit failed), is a transient unavailability.
     */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toLook = new ArrayDeque<>(List.of(failure));
        while (!toLook.isEmpty()) {
            Throwable cause = toLook.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (transientByItself(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                toLook.push(cause.getCause());
            }
            toLook.addAll(List.of(cause.getSuppressed()));
        }
        return false;
    }

    /** {@link #rootOf} named with its message: what went wrong, for logs and reports. */
    public static String rootCause(Throwable failure) {
        Throwable root = rootOf(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * The exception the chain ends in; where that is a rollback that keeps its reason among its suppressed exceptions
     * (the transaction manager failing a commit after a statement failed), the end of that reason's chain.
     */
    public static Throwable rootOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        while (seen.add(root)) {
            if (root.getCause() != null) {
                root = root.getCause();
            } else if (root.getSuppressed().length > 0) {
                root = root.getSuppressed()[0];
            } else {
                break;
            }
        }
        return root;
    }

    private static boolean transientByItself(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof SocketException || failure instanceof SocketTimeoutException
                || failure instanceof TimeoutException || failure instanceof RetriableException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            return transientState(sql.getSQLState()) || acquisitionTimeout(sql);
        }
        return hibernateUnavailability(failure);
    }

    private static boolean transientState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }

    /** Agroal's pool gives up waiting for a connection with a plain SQLException that has no SQLSTATE. */
    private static boolean acquisitionTimeout(SQLException failure) {
        return failure.getSQLState() == null && failure.getMessage() != null
                && failure.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** Hibernate's own names for a lost connection and a lock not obtained, when the SQLException is not chained. */
    private static boolean hibernateUnavailability(Throwable failure) {
        return failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof org.hibernate.exception.LockAcquisitionException
                || failure instanceof org.hibernate.exception.LockTimeoutException
                || failure instanceof jakarta.persistence.LockTimeoutException;
    }
}
