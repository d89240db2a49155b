package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Seeds delivery-metrics-service's read models in bulk, as its consumers would have filled them from the project and
 * resources events: millions of time entries through the topics would take an hour and measure the consumers, not
 * the portfolio query. Rows are generated in the database (generate_series), the fastest way in.
 */
final class MetricsDatabase {

    private final String jdbcUrl;

    MetricsDatabase(LocalStack stack) {
        this.jdbcUrl = stack.jdbcUrl(Service.DELIVERY_METRICS);
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding failed: " + sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
