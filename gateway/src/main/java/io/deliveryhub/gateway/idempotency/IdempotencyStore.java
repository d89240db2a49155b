package io.deliveryhub.gateway.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;

/** The {@code idempotency_record} table in plain JDBC. Blocking. */
@ApplicationScoped
public class IdempotencyStore {

    /** How long a first response is replayed (docs/api.md#idempotency-key). */
    static final Duration RETENTION = Duration.ofHours(24);

    private final DataSource dataSource;

    public IdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@link #begin} found. */
    public sealed interface Start {
    }

    /** This request is the first: the caller executes it and then completes or abandons the record. */
    public record First() implements Start {
    }

    public record Replay(int status, String headers, byte[] body) implements Start {
    }

    public record OtherRequest() implements Start {
    }

    public record InFlight() implements Start {
    }

    /** Claims the key for this request, unless a live record holds it; expired records no longer count. */
    public Start begin(String caller, String key, byte[] requestHash, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM idempotency_record WHERE caller = ? AND idem_key = ? AND created_at < ?")) {
                expired.setString(1, caller);
                expired.setString(2, key);
                expired.setTimestamp(3, Timestamp.from(now.minus(RETENTION)));
                expired.executeUpdate();
            }
            try (PreparedStatement claim = connection.prepareStatement("INSERT INTO idempotency_record "
                    + "(caller, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                claim.setString(1, caller);
                claim.setString(2, key);
                claim.setBytes(3, requestHash);
                claim.setTimestamp(4, Timestamp.from(now));
                if (claim.executeUpdate() == 1) {
                    return new First();
                }
            }
            try (PreparedStatement existing = connection.prepareStatement("SELECT request_hash, status, headers, body "
                    + "FROM idempotency_record WHERE caller = ? AND idem_key = ?")) {
                existing.setString(1, caller);
                existing.setString(2, key);
                try (ResultSet row = existing.executeQuery()) {
                    if (!row.next()) {
                        // abandoned between our insert and this read: the client may simply retry
                        return new InFlight();
                    }
                    if (!Arrays.equals(row.getBytes("request_hash"), requestHash)) {
                        return new OtherRequest();
                    }
                    int status = row.getInt("status");
                    return row.wasNull() ? new InFlight()
                            : new Replay(status, row.getString("headers"), row.getBytes("body"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void complete(String caller, String key, int status, String headers, byte[] body) {
        update("UPDATE idempotency_record SET status = ?, headers = ?, body = ? WHERE caller = ? AND idem_key = ?",
                statement -> {
                    statement.setInt(1, status);
                    statement.setString(2, headers);
                    statement.setBytes(3, body);
                    statement.setString(4, caller);
                    statement.setString(5, key);
                });
    }

    /** Forgets a request that got no answer worth keeping, so the client's retry executes it. */
    public void abandon(String caller, String key) {
        update("DELETE FROM idempotency_record WHERE caller = ? AND idem_key = ? AND status IS NULL", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
        });
    }

    public void purgeExpired(Instant now) {
        update("DELETE FROM idempotency_record WHERE created_at < ?",
                statement -> statement.setTimestamp(1, Timestamp.from(now.minus(RETENTION))));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
