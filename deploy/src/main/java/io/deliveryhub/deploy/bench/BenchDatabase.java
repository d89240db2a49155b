package io.deliveryhub.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One service's database as a benchmark seeds and reads it: straight statements as the superuser. */
abstract class BenchDatabase {

    private final String jdbcUrl;

    protected BenchDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Batches are sent as multi-row inserts (reWriteBatchedInserts), the fastest the driver can do. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding failed: " + sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters);
                var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    List<String> ids(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters);
                var result = statement.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (result.next()) {
                ids.add(result.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
