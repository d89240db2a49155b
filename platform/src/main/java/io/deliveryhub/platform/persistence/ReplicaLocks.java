package io.deliveryhub.platform.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Work that one replica of a service at a time may do, however many replicas run: a PostgreSQL advisory lock per name
 * (the name hashed to the lock's key), which the database also releases when the replica holding it dies; and work
 * that one replica per period may do, through a lease row per name ({@code replica_lease}).
 */
@ApplicationScoped
public class ReplicaLocks {

    private static final Logger LOG = Logger.getLogger(ReplicaLocks.class);

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    // this replica's threads waiting their turn per name, so that only one of them holds a connection waiting for it
    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

    /** A name's lock within this replica, while some thread holds it or waits for it. */
    private static final class Turn {
        private final ReentrantLock lock = new ReentrantLock();
        private int threads;
    }

    public ReplicaLocks(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /**
     * Takes the lock until the current transaction ends.
     *
     * @return false at once when another replica (or thread) holds it
     */
    public boolean tryForTransaction(String name) {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name).getSingleResult();
    }

    /**
     * Runs the work while holding the lock on a connection of its own, kept for as long as the work runs (the work may
     * span many transactions), or skips it when another replica holds the lock.
     *
     * @return whether the work ran here
     */
    public boolean runAlone(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "select pg_try_advisory_lock(hashtextextended(?, 0))", name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                if (!lock(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", name)) {
                    LOG.warnf("the replica lock %s was no longer held when its work ended", name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The replica lock " + name + " could not be taken or released", e);
        }
    }

    /**
     * Runs the work while holding the lock, waiting its turn while another thread of this replica or another replica
     * holds it (work of other names goes on meanwhile). The lock is held on a connection of its own, kept for as long
     * as the work runs (the work may span many transactions).
     *
     * @return what the work returned
     */
    public <T> T runInTurn(String name, Supplier<T> work) {
        Turn turn = turns.compute(name, (key, held) -> {
            Turn taken = held == null ? new Turn() : held;
            taken.threads++;
            return taken;
        });
        turn.lock.lock();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select 1 from pg_advisory_lock(hashtextextended(?, 0))")) {
                statement.setString(1, name);
                statement.execute();
            }
            try {
                return work.get();
            } finally {
                if (!lock(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", name)) {
                    LOG.warnf("the replica lock %s was no longer held when its work ended", name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The replica lock " + name + " could not be taken or released", e);
        } finally {
            turn.lock.unlock();
            turns.computeIfPresent(name, (key, held) -> --held.threads == 0 ? null : held);
        }
    }

    /**
     * Takes the lease on this work for the given time when nobody holds it, so that work scheduled on every replica runs
     * once per period rather than once per replica; the lease outlives a replica that dies holding it, and then simply
     * expires. Committed at once, on a connection of its own.
     *
     * @return whether this replica took it (false: another one holds it still)
     */
    public boolean tryLease(String name, Duration lease) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        insert into replica_lease (name, held_until) values (?, now() + ? * interval '1 millisecond')
                        on conflict (name) do update set held_until = excluded.held_until
                        where replica_lease.held_until <= now()""")) {
            statement.setString(1, name);
            statement.setLong(2, lease.toMillis());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("The replica lease " + name + " could not be taken", e);
        }
    }

    private static boolean lock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
