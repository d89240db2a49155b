package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Planning a poll's events: an event no subscription wants costs the gateway no write. */
@QuarkusTest
class DeliveryPlanTest {

    @Inject
    DeliveryStore deliveries;

    @Inject
    DataSource dataSource;

    @Test
    void anEventNoSubscriptionWantsLeavesNoInboxMark() throws SQLException {
        UUID project = UUID.randomUUID();
        WebhookEvent unwanted = new WebhookEvent(UUID.randomUUID(), "deliveryhub.project.updated.v1",
                "projects-service", project.toString(), project.toString(), Instant.now(), new JsonObject());

        int planned = deliveries.plan(List.of(unwanted), Instant.now(), enabled -> event -> List.of());

        assertThat(planned).isZero();
        assertThat(marked(unwanted.id())).isFalse();
    }

    private boolean marked(UUID event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT 1 FROM webhook_inbox WHERE event_id = ?")) {
            select.setObject(1, event);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
