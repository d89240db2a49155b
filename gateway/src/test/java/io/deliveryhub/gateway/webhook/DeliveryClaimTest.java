package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas' dispatchers claiming against one database: each claim is {@link DeliveryStore#claim} on a
 * thread of its own, as a replica's dispatcher makes it. The deliveries are due a day from now, and the claims are made
 * as of then, so this gateway's own dispatcher (claiming as of now) leaves them alone; the subscription goes after
 * each test, with its deliveries.
 */
@QuarkusTest
class DeliveryClaimTest {

    private static final int PER_SUBSCRIPTION = 4;
    private static final int LANES = 10;
    private static final Instant LATER = Instant.now().plus(Duration.ofDays(1));
    private static final Instant LEASED_UNTIL = LATER.plus(Duration.ofMinutes(1));

    @Inject
    DeliveryStore deliveries;

    @Inject
    DataSource dataSource;

    private UUID subscription;

    @AfterEach
    void forgetTheSubscription() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_subscription WHERE id = ?")) {
            delete.setObject(1, subscription);
            delete.executeUpdate();
        }
    }

    @Test
    void twoReplicasClaimingAtOnceTogetherKeepTheSubscriptionsCap() throws Exception {
        subscription = subscriptionWithDueLanes(LANES);

        for (int round = 0; round < 5; round++) {
            List<List<DeliveryStore.Due>> claimed = claimAtOnce(2);

            assertThat(claimed.stream().mapToInt(List::size).sum()).as("round " + round)
                    .isEqualTo(round == 0 ? PER_SUBSCRIPTION : 0);
            assertThat(leased(subscription)).isEqualTo(PER_SUBSCRIPTION);
        }
    }

    @Test
    void aSettledDeliveryMakesRoomForOneMoreWhicheverReplicaClaims() throws Exception {
        subscription = subscriptionWithDueLanes(LANES);
        List<DeliveryStore.Due> first = claimAtOnce(2).stream().flatMap(List::stream).toList();

        DeliveryStore.Due sent = first.get(0);
        deliveries.recordAttempt(sent.id(), new Delivery.Attempt(LATER, 204, 5, null, null), Delivery.DELIVERED, LATER);
        List<DeliveryStore.Due> next = claimAtOnce(2).stream().flatMap(List::stream).toList();

        assertThat(next).hasSize(1).allSatisfy(due -> assertThat(due.subscriptionId()).isEqualTo(subscription));
        assertThat(first).extracting(DeliveryStore.Due::id).doesNotContain(next.get(0).id());
        assertThat(leased(subscription)).isEqualTo(PER_SUBSCRIPTION);
    }

    @Test
    void leasesThatRanOutNoLongerCount() throws Exception {
        subscription = subscriptionWithDueLanes(LANES);
        claimAtOnce(2);

        Instant afterTheLeases = LEASED_UNTIL.plusSeconds(1);
        List<DeliveryStore.Due> again = deliveries.claim(afterTheLeases, afterTheLeases.plusSeconds(60), 64,
                PER_SUBSCRIPTION);

        assertThat(again).hasSize(PER_SUBSCRIPTION);
        assertThat(leased(subscription, afterTheLeases)).isEqualTo(PER_SUBSCRIPTION);
    }

    /** Every replica claims at the same moment, as of a day from now. */
    private List<List<DeliveryStore.Due>> claimAtOnce(int replicas) throws Exception {
        CyclicBarrier start = new CyclicBarrier(replicas);
        ExecutorService threads = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<List<DeliveryStore.Due>>> claims = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Callable<List<DeliveryStore.Due>> claim = () -> {
                    start.await();
                    return deliveries.claim(LATER, LEASED_UNTIL, 64, PER_SUBSCRIPTION);
                };
                claims.add(threads.submit(claim));
            }
            List<List<DeliveryStore.Due>> claimed = new ArrayList<>();
            for (Future<List<DeliveryStore.Due>> claim : claims) {
                claimed.add(claim.get());
            }
            return claimed;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A subscription with one delivery due a day from now in each of its lanes, and no other delivery pending. */
    private UUID subscriptionWithDueLanes(int lanes) throws SQLException {
        forgetOtherPendingDeliveries();
        String body = WebhookSubscriptionsTest.subscription("http://127.0.0.1:9/claims", "deliveryhub.project.*")
                .encode();
        UUID subscription = UUID.fromString(new JsonObject(Callers.admin().contentType("application/json").body(body)
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().asString()).getString("id"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (id, "
                        + "subscription_id, event_id, event_type, event_time, lane, body, status, next_attempt_at, "
                        + "created_at) VALUES (?, ?, ?, 'deliveryhub.project.updated.v1', ?, ?, '{}', 'PENDING', ?, ?)")) {
            for (int lane = 0; lane < lanes; lane++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, subscription);
                insert.setObject(3, UUID.randomUUID());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setString(5, UUID.randomUUID().toString());
                insert.setTimestamp(6, Timestamp.from(LATER.minusSeconds(1)));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return subscription;
    }

    /** Retries other test classes left pending are due a day from now too: the claims would take them. */
    private void forgetOtherPendingDeliveries() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM webhook_delivery WHERE status = 'PENDING'")) {
            delete.executeUpdate();
        }
    }

    private int leased(UUID subscription) throws SQLException {
        return leased(subscription, LATER);
    }

    /** The subscription's deliveries in flight as of {@code at}: leased, and the lease not run out. */
    private int leased(UUID subscription, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM webhook_delivery "
                        + "WHERE subscription_id = ? AND status = 'PENDING' AND leased_until >= ?")) {
            query.setObject(1, subscription);
            query.setTimestamp(2, Timestamp.from(at));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
