package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While no subscription is enabled the consumer passes its polls over unread; it asks the database on every poll, so
 * a subscription written by any gateway replica counts from the next poll on.
 */
@QuarkusTest
class UnsubscribedPollsTest {

    private static final String PROJECTS = "deliveryhub.projects.v1";
    private static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    DataSource dataSource;

    private final List<UUID> disabledHere = new ArrayList<>();
    private LocalReceiver receiver;

    /** The other tests' subscriptions are set aside for this one, and enabled again after it. */
    @BeforeEach
    void noSubscriptionEnabled() throws Exception {
        WebhookDeliveryTest.createTopics();
        receiver = new LocalReceiver();
        disabledHere.addAll(setEnabled("UPDATE webhook_subscription SET enabled = false WHERE enabled RETURNING id",
                null));
    }

    @AfterEach
    void enableThemAgain() throws SQLException {
        setEnabled("UPDATE webhook_subscription SET enabled = true WHERE id = ANY (?) RETURNING id", disabledHere);
        receiver.close();
    }

    @Test
    void theCheckForSubscribersFollowsTheDatabase() {
        assertThat(subscriptions.anyEnabled()).isFalse();

        String id = subscribe(receiver.url());
        assertThat(subscriptions.anyEnabled()).isTrue();

        Callers.admin().contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"enabled\":false}").patch(PATH + "/" + id).then().statusCode(200);
        assertThat(subscriptions.anyEnabled()).isFalse();
    }

    @Test
    void aPollNobodySubscribesToIsPassedOverAndTheNextSubscriptionGetsWhatFollows() throws Exception {
        UUID project = UUID.randomUUID();
        String unread = "{\"unread\":\"" + project + "\"}";
        TopicClient.write(PROJECTS, project.toString(), unread, Map.of());
        await().atMost(PATIENCE).until(() -> lag(PROJECTS) == 0);

        String url = receiver.url();
        subscribe(url);
        String parked = "{\"parked\":\"" + project + "\"}";
        TopicClient.write(PROJECTS, project.toString(), parked, Map.of());
        UUID event = WebhookDeliveryTest.publish("deliveryhub.project.updated.v1", project);

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 1);
        assertThat(receiver.received(url).get(0).header("webhook-id")).isEqualTo(event.toString());
        List<ConsumerRecord<String, String>> letters = TopicClient.awaitRecord(PROJECTS + ".dlq",
                record -> parked.equals(record.value()), PATIENCE);
        assertThat(letters).extracting(ConsumerRecord::value).doesNotContain(unread);
    }

    private String subscribe(String url) {
        return Callers.admin().contentType("application/json")
                .body(WebhookSubscriptionsTest.subscription(url, "deliveryhub.project.*").encode()).post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    /** Records of the topic the gateway's consumer group has not committed past yet. */
    private static long lag(String topic) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DeliveryHubTestResource.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("gateway-webhooks")
                    .partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(info -> latest.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }

    private List<UUID> setEnabled(String update, List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            if (ids != null) {
                Array array = connection.createArrayOf("uuid", ids.toArray());
                statement.setArray(1, array);
            }
            List<UUID> changed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changed.add(rows.getObject(1, UUID.class));
                }
            }
            return changed;
        }
    }
}
