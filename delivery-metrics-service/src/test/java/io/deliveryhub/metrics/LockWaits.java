package io.deliveryhub.metrics;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Connections of this database waiting for a lock another transaction holds: how a test knows a write is blocked. */
public final class LockWaits {

    private LockWaits() {
    }

    /** How many statements beginning with {@code statementStart} ("" for any) wait for a lock. */
    public static long waiting(AgroalDataSource dataSource, String statementStart) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'
                          and starts_with(query, ?)""")) {
            count.setString(1, statementStart);
            try (ResultSet waiting = count.executeQuery()) {
                waiting.next();
                return waiting.getLong(1);
            }
        }
    }
}
