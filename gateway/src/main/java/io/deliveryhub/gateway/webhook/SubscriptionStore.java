package io.deliveryhub.gateway.webhook;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code webhook_subscription} table, in plain JDBC like the gateway's other stores. Blocking. */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = "id, owner, owner_roles, url, types, project_id, description, enabled, "
            + "disabled_reason, secret, previous_secret, previous_secret_until, failing_since, version, created_at, "
            + "updated_at";

    /**
     * SQL: the subscription {@code s}'s owner may still receive. An integration's API key must be unrevoked (and still
     * exist); people and the bootstrap key own no row and are never cut off here.
     */
    static final String OWNER_ACTIVE = "(s.owner NOT LIKE '" + Caller.integrationId("") + "%' OR s.owner = '"
            + Caller.integrationId(ApiKeys.BOOTSTRAP_NAME) + "' OR EXISTS (SELECT 1 FROM api_key k"
            + " WHERE k.revoked_at IS NULL AND s.owner = '" + Caller.integrationId("") + "' || k.name))";
    static final String OWNER_REVOKED = "the owner's API key was revoked";

    private final DataSource dataSource;

    public SubscriptionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A page of subscriptions, oldest first: all of them for a null owner. */
    public record Page(List<Subscription> items, long total) {
    }

    public void insert(Subscription subscription) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_subscription (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(connection, insert, subscription);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the subscription if its stored version is still {@code expectedVersion}; false when it is not. */
    public boolean update(Subscription subscription, long expectedVersion) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE webhook_subscription SET owner = ?, "
                        + "owner_roles = ?, url = ?, types = ?, project_id = ?, description = ?, enabled = ?, "
                        + "disabled_reason = ?, secret = ?, previous_secret = ?, previous_secret_until = ?, "
                        + "failing_since = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?")) {
            update.setString(1, subscription.owner());
            update.setArray(2, connection.createArrayOf("text", subscription.ownerRoles().toArray()));
            update.setString(3, subscription.url());
            update.setArray(4, connection.createArrayOf("text", subscription.types().toArray()));
            update.setObject(5, subscription.projectId());
            update.setString(6, subscription.description());
            update.setBoolean(7, subscription.enabled());
            update.setString(8, subscription.disabledReason());
            update.setString(9, subscription.secret().text());
            update.setString(10, subscription.previousSecret() == null ? null : subscription.previousSecret().text());
            update.setTimestamp(11, timestamp(subscription.previousSecretUntil()));
            update.setTimestamp(12, timestamp(subscription.failingSince()));
            update.setLong(13, subscription.version());
            update.setTimestamp(14, timestamp(subscription.updatedAt()));
            update.setObject(15, subscription.id());
            update.setLong(16, expectedVersion);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Subscription> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Page page(String owner, int page, int size) {
        String where = owner == null ? "" : " WHERE owner = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                        + ", count(*) OVER () AS total FROM webhook_subscription" + where
                        + " ORDER BY created_at, id LIMIT ? OFFSET ?")) {
            int index = 1;
            if (owner != null) {
                query.setString(index++, owner);
            }
            query.setInt(index++, size);
            query.setLong(index, (long) page * size);
            List<Subscription> items = new ArrayList<>();
            long total = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                    total = rows.getLong("total");
                }
            }
            return new Page(items, items.isEmpty() ? count(connection, owner) : total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean delete(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_subscription WHERE id = ?")) {
            delete.setObject(1, id);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The enabled subscriptions whose owner may receive, read in the consumer's transaction so that matching sees what
     * it commits against.
     */
    public List<Subscription> enabled(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM webhook_subscription s WHERE s.enabled AND " + OWNER_ACTIVE);
                ResultSet rows = query.executeQuery()) {
            List<Subscription> subscriptions = new ArrayList<>();
            while (rows.next()) {
                subscriptions.add(read(rows));
            }
            return subscriptions;
        }
    }

    /** Notes a failed attempt: the subscription is failing from now unless it already was; returns since when. */
    public Instant markFailing(UUID id, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE webhook_subscription SET failing_since "
                        + "= COALESCE(failing_since, ?) WHERE id = ? RETURNING failing_since")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setObject(2, id);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? rows.getTimestamp(1).toInstant() : now;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void markHealthy(UUID id) {
        execute("UPDATE webhook_subscription SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL", id,
                null, null);
    }

    /** Disables the subscription for the reason given; false when it was disabled already. */
    public boolean disable(UUID id, String reason, Instant now) {
        return execute("UPDATE webhook_subscription SET enabled = false, disabled_reason = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ? AND enabled", id, reason, now) == 1;
    }

    /** Disables every enabled subscription of this owner for the reason given; returns how many. */
    public int disableOwnedBy(String owner, String reason, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE webhook_subscription SET enabled = "
                        + "false, disabled_reason = ?, updated_at = ?, version = version + 1 WHERE owner = ? AND enabled")) {
            update.setString(1, reason);
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, owner);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int execute(String sql, UUID id, String reason, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            if (reason != null) {
                update.setString(index++, reason);
                update.setTimestamp(index++, Timestamp.from(now));
            }
            update.setObject(index, id);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection connection, String owner) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM webhook_subscription"
                + (owner == null ? "" : " WHERE owner = ?"))) {
            if (owner != null) {
                query.setString(1, owner);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Subscription subscription)
            throws SQLException {
        statement.setObject(1, subscription.id());
        statement.setString(2, subscription.owner());
        statement.setArray(3, connection.createArrayOf("text", subscription.ownerRoles().toArray()));
        statement.setString(4, subscription.url());
        statement.setArray(5, connection.createArrayOf("text", subscription.types().toArray()));
        statement.setObject(6, subscription.projectId());
        statement.setString(7, subscription.description());
        statement.setBoolean(8, subscription.enabled());
        statement.setString(9, subscription.disabledReason());
        statement.setString(10, subscription.secret().text());
        statement.setString(11, subscription.previousSecret() == null ? null : subscription.previousSecret().text());
        statement.setTimestamp(12, timestamp(subscription.previousSecretUntil()));
        statement.setTimestamp(13, timestamp(subscription.failingSince()));
        statement.setLong(14, subscription.version());
        statement.setTimestamp(15, timestamp(subscription.createdAt()));
        statement.setTimestamp(16, timestamp(subscription.updatedAt()));
    }

    private static Subscription read(ResultSet row) throws SQLException {
        String previous = row.getString("previous_secret");
        return new Subscription(row.getObject("id", UUID.class), row.getString("owner"),
                texts(row, "owner_roles"), row.getString("url"), texts(row, "types"),
                row.getObject("project_id", UUID.class), row.getString("description"), row.getBoolean("enabled"),
                row.getString("disabled_reason"), new WebhookSecret(row.getString("secret")),
                previous == null ? null : new WebhookSecret(previous), instant(row.getTimestamp("previous_secret_until")),
                instant(row.getTimestamp("failing_since")), row.getLong("version"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static Set<String> texts(ResultSet row, String column) throws SQLException {
        return new LinkedHashSet<>(Arrays.asList((String[]) row.getArray(column).getArray()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
