package io.deliveryhub.gateway.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/** The {@code webhook_inbox}, {@code webhook_delivery} and {@code webhook_attempt} tables, in plain JDBC. Blocking. */
@ApplicationScoped
public class DeliveryStore {

    private static final String COLUMNS = "d.id, d.subscription_id, d.event_id, d.event_type, d.event_time, d.lane, "
            + "d.status, d.attempts, d.next_attempt_at, d.created_at";

    private final DataSource dataSource;
    private final SubscriptionStore subscriptions;

    public DeliveryStore(DataSource dataSource, SubscriptionStore subscriptions) {
        this.dataSource = dataSource;
        this.subscriptions = subscriptions;
    }

    /** A delivery claimed for sending, with what it takes to send it. */
    public record Due(UUID id, UUID subscriptionId, UUID eventId, String body, int attempts) {
    }

    /** The filters of a subscription's delivery log; nulls filter nothing. */
    public record LogFilter(String status, String type, Instant from, Instant to) {
    }

    public record Page(List<Delivery> items, long total) {
    }

    /**
     * Marks the events handled and plans their deliveries, in one transaction: an event seen before (a replay of the
     * topic) plans nothing again. {@code planned} says which of the enabled subscriptions receive an event. An event
     * none of them wants is not marked: a replay would plan nothing for it either, since a subscription made later
     * wants only events from its creation on, and the stack's every event otherwise cost the gateway a write.
     *
     * @return the number of deliveries planned
     */
    public int plan(List<WebhookEvent> events, Instant now,
            Function<List<Subscription>, Function<WebhookEvent, List<Subscription>>> planned) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var receivers = planned.apply(subscriptions.enabled(connection));
                int count = 0;
                try (PreparedStatement mark = connection.prepareStatement(
                        "INSERT INTO webhook_inbox (event_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (id, "
                                + "subscription_id, event_id, event_type, event_time, lane, body, status, "
                                + "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) "
                                + "ON CONFLICT DO NOTHING")) {
                    for (WebhookEvent event : events) {
                        List<Subscription> to = receivers.apply(event);
                        if (to.isEmpty()) {
                            continue;
                        }
                        mark.setObject(1, event.id());
                        mark.setTimestamp(2, Timestamp.from(now));
                        if (mark.executeUpdate() == 0) {
                            continue;
                        }
                        String body = null;
                        for (Subscription subscription : to) {
                            body = body == null ? event.cloudEvent() : body;
                            insert.setObject(1, UUID.randomUUID());
                            insert.setObject(2, subscription.id());
                            insert.setObject(3, event.id());
                            insert.setString(4, event.type());
                            insert.setTimestamp(5, Timestamp.from(event.time()));
                            insert.setString(6, event.key());
                            insert.setString(7, body);
                            insert.setTimestamp(8, Timestamp.from(now));
                            insert.setTimestamp(9, Timestamp.from(now));
                            insert.addBatch();
                            count++;
                        }
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return count;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims deliveries that are due, at most one per (subscription, lane), the earliest planned of each lane, until
     * {@code leasedUntil}: another replica skips them, and a delivery whose sender died is claimed again after it.
     * A subscription gets at most {@code perSubscription} in flight over every replica: its row is locked for the
     * claim, so replicas claim for it one after the other, each counting the leases the others hold. A subscription
     * whose owner's key is revoked gets none, pending retries included, even before the revocation has disabled it.
     */
    public List<Due> claim(Instant now, Instant leasedUntil, int limit, int perSubscription) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<UUID> claiming = lockSubscriptionsWithDueWork(connection, now);
                List<Due> due = claiming.isEmpty() ? List.of()
                        : heads(connection, claiming, now, limit, perSubscription);
                try (PreparedStatement lease = connection.prepareStatement(
                        "UPDATE webhook_delivery SET leased_until = ? WHERE id = ?")) {
                    for (Due delivery : due) {
                        lease.setTimestamp(1, Timestamp.from(leasedUntil));
                        lease.setObject(2, delivery.id());
                        lease.addBatch();
                    }
                    lease.executeBatch();
                }
                connection.commit();
                return due;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Locks, until the claim commits, the subscriptions that may receive and have a delivery due; those another
     * replica is claiming for right now are skipped (this round). Key-share locks stay free: planning may go on.
     */
    private static List<UUID> lockSubscriptionsWithDueWork(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id FROM webhook_subscription s"
                + " WHERE s.enabled AND " + SubscriptionStore.OWNER_ACTIVE
                + " AND EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscription_id = s.id"
                + " AND d.status = 'PENDING' AND d.next_attempt_at <= ?"
                + " AND (d.leased_until IS NULL OR d.leased_until < ?))"
                + " ORDER BY s.id FOR NO KEY UPDATE OF s SKIP LOCKED")) {
            query.setTimestamp(1, Timestamp.from(now));
            query.setTimestamp(2, Timestamp.from(now));
            List<UUID> locked = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    locked.add(rows.getObject("id", UUID.class));
                }
            }
            return locked;
        }
    }

    /**
     * The lanes' heads that are due, of subscriptions this claim holds, each subscription's earliest first and only
     * as many as its leases not yet run out leave room for. A statement of its own, so it sees the leases every
     * replica committed before it let go of the subscription.
     */
    private static List<Due> heads(Connection connection, List<UUID> subscriptions, Instant now, int limit,
            int perSubscription) throws SQLException {
        Array held = connection.createArrayOf("uuid", subscriptions.toArray());
        try (PreparedStatement query = connection.prepareStatement("WITH heads AS ("
                + " SELECT DISTINCT ON (subscription_id, lane) id FROM webhook_delivery"
                + " WHERE status = 'PENDING' AND subscription_id = ANY (?) ORDER BY subscription_id, lane, sequence),"
                + " sending AS (SELECT subscription_id, count(*) AS leases FROM webhook_delivery"
                + " WHERE status = 'PENDING' AND subscription_id = ANY (?) AND leased_until >= ? GROUP BY subscription_id),"
                + " ready AS (SELECT d.id, d.subscription_id, d.event_id, d.body, d.attempts, d.next_attempt_at,"
                + " d.sequence, row_number() OVER (PARTITION BY d.subscription_id ORDER BY d.next_attempt_at, d.sequence)"
                + " AS place FROM webhook_delivery d JOIN heads h ON h.id = d.id"
                + " WHERE d.next_attempt_at <= ? AND (d.leased_until IS NULL OR d.leased_until < ?))"
                + " SELECT r.id, r.subscription_id, r.event_id, r.body, r.attempts FROM ready r"
                + " LEFT JOIN sending s ON s.subscription_id = r.subscription_id"
                + " WHERE r.place <= ? - COALESCE(s.leases, 0) ORDER BY r.next_attempt_at, r.sequence LIMIT ?")) {
            query.setArray(1, held);
            query.setArray(2, held);
            query.setTimestamp(3, Timestamp.from(now));
            query.setTimestamp(4, Timestamp.from(now));
            query.setTimestamp(5, Timestamp.from(now));
            query.setInt(6, perSubscription);
            query.setInt(7, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getObject("id", UUID.class), rows.getObject("subscription_id", UUID.class),
                            rows.getObject("event_id", UUID.class), rows.getString("body"), rows.getInt("attempts")));
                }
            }
            return due;
        }
    }

    /**
     * Logs an attempt and moves the delivery on: delivered, failed, or due again at {@code nextAttemptAt}. One
     * statement, so one round trip and atomic without a transaction of its own: it runs once per delivery.
     */
    public void recordAttempt(UUID deliveryId, Delivery.Attempt attempt, String status, Instant nextAttemptAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement record = connection.prepareStatement("WITH attempt AS (INSERT INTO webhook_attempt "
                        + "(delivery_id, attempted_at, status_code, latency_ms, error, response_snippet) "
                        + "VALUES (?, ?, ?, ?, ?, ?)) UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, "
                        + "next_attempt_at = ?, leased_until = NULL WHERE id = ?")) {
            record.setObject(1, deliveryId);
            record.setTimestamp(2, Timestamp.from(attempt.at()));
            record.setObject(3, attempt.statusCode());
            record.setInt(4, attempt.latencyMs());
            record.setString(5, attempt.error());
            record.setString(6, attempt.responseSnippet());
            record.setString(7, status);
            record.setTimestamp(8, Timestamp.from(nextAttemptAt));
            record.setObject(9, deliveryId);
            record.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a claimed delivery back without an attempt (it could not be started), due again at once. */
    public void release(UUID deliveryId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE webhook_delivery SET leased_until = NULL WHERE id = ?")) {
            update.setObject(1, deliveryId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Page page(UUID subscriptionId, LogFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE d.subscription_id = ?");
        List<Object> values = new ArrayList<>(List.of(subscriptionId));
        if (filter.status() != null) {
            where.append(" AND d.status = ?");
            values.add(filter.status());
        }
        if (filter.type() != null) {
            where.append(" AND d.event_type = ?");
            values.add(filter.type());
        }
        if (filter.from() != null) {
            where.append(" AND d.event_time >= ?");
            values.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND d.event_time < ?");
            values.add(Timestamp.from(filter.to()));
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM webhook_delivery d" + where)) {
                bind(count, values);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Delivery> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM webhook_delivery d" + where + " ORDER BY d.sequence LIMIT ? OFFSET ?")) {
                bind(query, values);
                query.setInt(values.size() + 1, size);
                query.setLong(values.size() + 2, (long) page * size);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(read(rows, List.of()));
                    }
                }
            }
            return new Page(withAttempts(connection, items), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Delivery> find(UUID subscriptionId, UUID deliveryId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM webhook_delivery d WHERE d.subscription_id = ? AND d.id = ?")) {
            query.setObject(1, subscriptionId);
            query.setObject(2, deliveryId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows, List.of())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes deliveries due again at once, as new: one by id, or every one of the subscription whose event happened in
     * {@code [from, to)}. Their lanes keep their order, and their webhook-id stays the event's id.
     *
     * @return how many deliveries will be sent again
     */
    public int replay(UUID subscriptionId, UUID deliveryId, Instant from, Instant to, Instant now) {
        String which = deliveryId != null ? " AND id = ?" : " AND event_time >= ? AND event_time < ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET status = "
                        + "'PENDING', attempts = 0, next_attempt_at = ?, leased_until = NULL WHERE subscription_id = ?"
                        + which)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setObject(2, subscriptionId);
            if (deliveryId != null) {
                update.setObject(3, deliveryId);
            } else {
                update.setTimestamp(3, Timestamp.from(from));
                update.setTimestamp(4, Timestamp.from(to));
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets what is older than {@code before}: finished deliveries, attempts, and handled event ids. */
    public int purge(Instant before) {
        try (Connection connection = dataSource.getConnection()) {
            int purged = 0;
            for (String delete : List.of(
                    "DELETE FROM webhook_attempt WHERE attempted_at < ?",
                    "DELETE FROM webhook_delivery WHERE created_at < ? AND status <> 'PENDING'",
                    "DELETE FROM webhook_inbox WHERE handled_at < ?")) {
                try (PreparedStatement statement = connection.prepareStatement(delete)) {
                    statement.setTimestamp(1, Timestamp.from(before));
                    purged += statement.executeUpdate();
                }
            }
            return purged;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Delivery> withAttempts(Connection connection, List<Delivery> deliveries) throws SQLException {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<UUID, List<Delivery.Attempt>> byDelivery = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT delivery_id, attempted_at, status_code, "
                + "latency_ms, error, response_snippet FROM webhook_attempt WHERE delivery_id = ANY (?) ORDER BY id")) {
            query.setArray(1, connection.createArrayOf("uuid", deliveries.stream().map(Delivery::id).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byDelivery.computeIfAbsent(rows.getObject("delivery_id", UUID.class), id -> new ArrayList<>())
                            .add(new Delivery.Attempt(rows.getTimestamp("attempted_at").toInstant(),
                                    (Integer) rows.getObject("status_code"), rows.getInt("latency_ms"),
                                    rows.getString("error"), rows.getString("response_snippet")));
                }
            }
        }
        return deliveries.stream().map(delivery -> new Delivery(delivery.id(), delivery.subscriptionId(),
                delivery.eventId(), delivery.eventType(), delivery.eventTime(), delivery.lane(), delivery.status(),
                delivery.attempts(), delivery.nextAttemptAt(), delivery.createdAt(),
                byDelivery.getOrDefault(delivery.id(), List.of()))).toList();
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static Delivery read(ResultSet row, List<Delivery.Attempt> attempts) throws SQLException {
        return new Delivery(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
                row.getObject("event_id", UUID.class), row.getString("event_type"),
                row.getTimestamp("event_time").toInstant(), row.getString("lane"), row.getString("status"),
                row.getInt("attempts"), row.getTimestamp("next_attempt_at").toInstant(),
                row.getTimestamp("created_at").toInstant(), attempts);
    }
}
