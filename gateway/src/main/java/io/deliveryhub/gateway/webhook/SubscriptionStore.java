package io.deliveryhub.gateway.webhook;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/**
 * The {@code webhook_subscription} table, in plain JDBC like the gateway's other stores. Blocking. Secrets are sealed
 * ({@link SealingKeys}) on the way in and opened on the way out: the table never holds one in clear.
 */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = "id, owner, owner_roles, url, types, project_id, description, enabled, "
            + "disabled_reason, secret_sealed, secret_key_id, previous_secret_sealed, previous_secret_key_id, "
            + "previous_secret_until, failing_since, version, created_at, updated_at";
    /** The columns sealed secrets are bound to: a secret sealed for one does not open in the other. */
    public static final String SECRET = "secret";
    public static final String PREVIOUS_SECRET = "previous_secret";

    /**
     * SQL: the subscription {@code s}'s owner may still receive. An integration's API key must be unrevoked (and still
     * exist); people and the bootstrap key own no row and are never cut off here.
     */
    static final String OWNER_ACTIVE = "(s.owner NOT LIKE '" + Caller.integrationId("") + "%' OR s.owner = '"
            + Caller.integrationId(ApiKeys.BOOTSTRAP_NAME) + "' OR EXISTS (SELECT 1 FROM api_key k"
            + " WHERE k.revoked_at IS NULL AND s.owner = '" + Caller.integrationId("") + "' || k.name))";
    static final String OWNER_REVOKED = "the owner's API key was revoked";

    private final DataSource dataSource;
    private final SealingKeys keys;

    @Inject
    public SubscriptionStore(DataSource dataSource, WebhookSettings settings) {
        this(dataSource, settings.sealingKeys());
    }

    SubscriptionStore(DataSource dataSource, SealingKeys keys) {
        this.dataSource = dataSource;
        this.keys = keys;
    }

    /** A page of subscriptions, oldest first: all of them for a null owner. */
    public record Page(List<Subscription> items, long total) {
    }

    public void insert(Subscription subscription) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_subscription (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                        + "disabled_reason = ?, secret_sealed = ?, secret_key_id = ?, previous_secret_sealed = ?, "
                        + "previous_secret_key_id = ?, previous_secret_until = ?, failing_since = ?, version = ?, "
                        + "updated_at = ? WHERE id = ? AND version = ?")) {
            update.setString(1, subscription.owner());
            update.setArray(2, connection.createArrayOf("text", subscription.ownerRoles().toArray()));
            update.setString(3, subscription.url());
            update.setArray(4, connection.createArrayOf("text", subscription.types().toArray()));
            update.setObject(5, subscription.projectId());
            update.setString(6, subscription.description());
            update.setBoolean(7, subscription.enabled());
            update.setString(8, subscription.disabledReason());
            bindSecrets(update, 9, subscription);
            update.setTimestamp(13, timestamp(subscription.previousSecretUntil()));
            update.setTimestamp(14, timestamp(subscription.failingSince()));
            update.setLong(15, subscription.version());
            update.setTimestamp(16, timestamp(subscription.updatedAt()));
            update.setObject(17, subscription.id());
            update.setLong(18, expectedVersion);
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
     * Whether any subscription is enabled and its owner may receive: one statement outside a transaction, asked once
     * per poll before anything is parsed, so that a stack nobody subscribes to pays one round trip per poll.
     */
    public boolean anyEnabled() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM "
                        + "webhook_subscription s WHERE s.enabled AND " + OWNER_ACTIVE + ")");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(1);
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

    /**
     * Opens one secret of every key id the table holds, so that a key missing from the configuration, or an id given
     * another key, stops the gateway at start-up with {@link SealingKeys.Unopenable} rather than failing deliveries.
     */
    public void requireKeysForEverySecret() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ON (key_id) id, key_id, sealed, "
                        + "secret_column FROM (SELECT id, secret_key_id AS key_id, secret_sealed AS sealed, '" + SECRET
                        + "' AS secret_column FROM webhook_subscription UNION ALL SELECT id, previous_secret_key_id, "
                        + "previous_secret_sealed, '" + PREVIOUS_SECRET + "' FROM webhook_subscription "
                        + "WHERE previous_secret_key_id IS NOT NULL) secrets ORDER BY key_id, id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.open(new SealingKeys.Sealed(rows.getString("key_id"), rows.getBytes("sealed")),
                        rows.getObject("id", UUID.class), rows.getString("secret_column"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Seals again with the sealing key the secrets another key sealed, so that key can then leave the configuration.
     * A subscription changed meanwhile (a rotation) is left as it is: it was sealed with the sealing key.
     *
     * @return how many subscriptions were sealed again
     */
    public int resealWithTheSealingKey() {
        String sealing = keys.sealingKeyId();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM webhook_subscription"
                        + " WHERE secret_key_id <> ? OR previous_secret_key_id <> ?");
                PreparedStatement reseal = connection.prepareStatement("UPDATE webhook_subscription SET "
                        + "secret_sealed = ?, secret_key_id = ?, previous_secret_sealed = ?, previous_secret_key_id = ? "
                        + "WHERE id = ? AND version = ?")) {
            query.setString(1, sealing);
            query.setString(2, sealing);
            int resealed = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Subscription subscription = read(rows);
                    bindSecrets(reseal, 1, subscription);
                    reseal.setObject(5, subscription.id());
                    reseal.setLong(6, subscription.version());
                    resealed += reseal.executeUpdate();
                }
            }
            return resealed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

    private void bind(Connection connection, PreparedStatement statement, Subscription subscription)
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
        bindSecrets(statement, 10, subscription);
        statement.setTimestamp(14, timestamp(subscription.previousSecretUntil()));
        statement.setTimestamp(15, timestamp(subscription.failingSince()));
        statement.setLong(16, subscription.version());
        statement.setTimestamp(17, timestamp(subscription.createdAt()));
        statement.setTimestamp(18, timestamp(subscription.updatedAt()));
    }

    /** The sealed secret and its key's id, then the same of the previous secret (nulls when there is none). */
    private void bindSecrets(PreparedStatement statement, int first, Subscription subscription) throws SQLException {
        SealingKeys.Sealed secret = keys.seal(subscription.secret(), subscription.id(), SECRET);
        SealingKeys.Sealed previous = subscription.previousSecret() == null ? null
                : keys.seal(subscription.previousSecret(), subscription.id(), PREVIOUS_SECRET);
        statement.setBytes(first, secret.bytes());
        statement.setString(first + 1, secret.keyId());
        statement.setBytes(first + 2, previous == null ? null : previous.bytes());
        statement.setString(first + 3, previous == null ? null : previous.keyId());
    }

    private Subscription read(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        String previousKey = row.getString("previous_secret_key_id");
        return new Subscription(id, row.getString("owner"),
                texts(row, "owner_roles"), row.getString("url"), texts(row, "types"),
                row.getObject("project_id", UUID.class), row.getString("description"), row.getBoolean("enabled"),
                row.getString("disabled_reason"),
                keys.open(new SealingKeys.Sealed(row.getString("secret_key_id"), row.getBytes("secret_sealed")), id,
                        SECRET),
                previousKey == null ? null : keys.open(new SealingKeys.Sealed(previousKey,
                        row.getBytes("previous_secret_sealed")), id, PREVIOUS_SECRET),
                instant(row.getTimestamp("previous_secret_until")),
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
