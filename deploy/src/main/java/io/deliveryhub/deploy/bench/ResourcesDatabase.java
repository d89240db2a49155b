package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seeds resources-service's database in bulk, for benchmarks whose subject is not the seeding: thousands of
 * people through the API would take minutes and measure nothing the benchmark is about.
 */
final class ResourcesDatabase {

    private final String jdbcUrl;

    ResourcesDatabase(LocalStack stack) {
        this.jdbcUrl = stack.jdbcUrl(Service.RESOURCES);
    }

    /** Batches are sent as multi-row inserts (reWriteBatchedInserts), the fastest the driver can do. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    /** A project as the project events would have announced it. */
    UUID knownProject(String key, String status) {
        UUID id = UUID.randomUUID();
        update("""
                insert into known_project (id, key, name, status, planned_start, planned_end, version, updated_at)
                values (?::uuid, ?, ?, ?, date '2026-01-05', date '2032-12-31', 1, now())""",
                id.toString(), key, "Bench " + key, status);
        return id;
    }

    /** People of one practice, 40 h a week, active in the given years, with a cost rate from their first day. */
    void people(String practice, int count, int fromYear, int toYear) {
        update("""
                insert into person (id, name, email, title, practice, capacity_hours_per_week, active_from, active_to,
                                    version, created_at, updated_at)
                select gen_random_uuid(), ? || ' ' || g, lower(?) || '-' || g || '@bench.example', 'Developer', ?, 40,
                       make_date(?, 1, 1), make_date(?, 12, 31), 1, now(), now()
                from generate_series(1, ?) g""", practice, practice.replace(' ', '-'), practice, fromYear, toYear, count);
        update("""
                insert into person_rate (id, person_id, effective_from, cost_rate, bill_rate, currency, created_at, created_by)
                select gen_random_uuid(), p.id, p.active_from, 60 + abs(hashtext(p.email)) % 60, 150, 'EUR', now(), 'bench'
                from person p where p.practice = ?""", practice);
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding failed: " + sql, e);
        }
    }

    List<String> ids(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> ids = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
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
