package io.deliveryhub.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.platform.events.IncomingEvent;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransientFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = { "08006", "08001", "08003", "57P01", "57P02", "57P03", "40001", "40P01", "55P03", "53300",
            "57014", "25006" })
    void aDatabaseThatIsGoingOrBusyIsWeather(String sqlState) {
        assertThat(TransientFailures.isTransient(new SQLException("server said so", sqlState))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "23505", "23503", "22P02", "42P01", "42703", "57P04" })
    void aStatementTheDatabaseRefusesIsPoison(String sqlState) {
        assertThat(TransientFailures.isTransient(new SQLException("refused", sqlState))).isFalse();
    }

    @Test
    void looksThroughHibernateAndTransactionWrappers() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        RuntimeException wrapped = new RuntimeException("commit failed",
                new PersistenceException(new org.hibernate.JDBCException("could not execute statement", terminated)));

        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionWasTerminatedIsWeather() {
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new org.hibernate.JDBCException("could not execute statement",
                new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(TransientFailures.isTransient(new IllegalStateException(rollback))).isTrue();
    }

    @Test
    void hibernatesLostConnectionIsWeatherEvenWithoutItsSqlState() {
        assertThat(TransientFailures.isTransient(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("no state")))).isTrue();
    }

    @Test
    void aConstraintViolationIsPoison() {
        assertThat(TransientFailures.isTransient(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "uk_key"))).isFalse();
    }

    @Test
    void thePoolGivingUpOnAConnectionIsWeather() {
        assertThat(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("Acquisition timeout while waiting for new connection",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void theNetworkGoingAwayIsWeather() {
        assertThat(TransientFailures.isTransient(new IllegalStateException(new ConnectException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("no broker")))
                .isTrue();
    }

    @Test
    void aMalformedEventOrABugIsPoison() {
        assertThat(TransientFailures.isTransient(new IncomingEvent.MalformedEvent("payload is not JSON"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state, no timeout"))).isFalse();
    }

    @Test
    void theRootOfAFailedCommitIsTheStatementThatFailed() {
        SQLException refused = new SQLException("ERROR: refused by the test", "P0001");
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new org.hibernate.exception.GenericJDBCException("could not execute statement", refused));

        assertThat(TransientFailures.rootOf(new IllegalStateException(rollback))).isSameAs(refused);
        assertThat(TransientFailures.rootCause(rollback)).isEqualTo("SQLException: ERROR: refused by the test");
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(TransientFailures.isTransient(first)).isFalse();
        assertThat(TransientFailures.rootOf(first)).isIn(first, second);
    }
}
