package io.deliveryhub.gateway.apikey;

import io.deliveryhub.gateway.web.GatewayProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code api_key} table, in plain JDBC: a handful of statements do not need an ORM. Blocking. */
@ApplicationScoped
public class ApiKeyStore {

    private static final String COLUMNS = "id, name, roles, rate_limit_per_minute, created_at, last_used_at, revoked_at";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public ApiKeyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(ApiKeyRecord key, byte[] keyHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO api_key (" + COLUMNS
                        + ", key_hash) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)")) {
            insert.setObject(1, key.id());
            insert.setString(2, key.name());
            insert.setArray(3, connection.createArrayOf("text", key.roles().toArray()));
            insert.setInt(4, key.ratePerMinute());
            insert.setTimestamp(5, Timestamp.from(key.createdAt()));
            insert.setBytes(6, keyHash);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new GatewayProblem(409, "duplicate-api-key", "Conflict",
                        "An API key named " + key.name() + " exists already; revoke it or choose another name");
            }
            throw new IllegalStateException(e);
        }
    }

    /** The key with this hash unless it is revoked. Only reads: a guessed key must cost no write. */
    public Optional<ApiKeyRecord> findActive(byte[] keyHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")) {
            query.setBytes(1, keyHash);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void markUsed(UUID id, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE api_key SET last_used_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setObject(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ApiKeyRecord> list() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, name");
                ResultSet rows = query.executeQuery()) {
            List<ApiKeyRecord> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(read(rows));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a revocation touched: the key's hash (to forget it) and its name (its owner id). */
    public record Revoked(byte[] keyHash, String name) {
    }

    /** Revokes the key, or empty when no key has this id. Revoking twice is harmless. */
    public Optional<Revoked> revoke(UUID id, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE api_key SET revoked_at = "
                        + "COALESCE(revoked_at, ?) WHERE id = ? RETURNING key_hash, name")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setObject(2, id);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? Optional.of(new Revoked(rows.getBytes("key_hash"), rows.getString("name")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKeyRecord read(ResultSet row) throws SQLException {
        Array roles = row.getArray("roles");
        return new ApiKeyRecord(row.getObject("id", UUID.class), row.getString("name"),
                Set.of((String[]) roles.getArray()), row.getInt("rate_limit_per_minute"),
                row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("last_used_at")),
                instant(row.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
