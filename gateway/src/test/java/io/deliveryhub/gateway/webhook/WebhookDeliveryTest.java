package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events written to the real topics reach a real receiver on loopback, signed, in order, retried and replayable. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final String PROJECTS = "deliveryhub.projects.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static LocalReceiver receiver;

    @BeforeAll
    static void topicsAndReceiver() throws Exception {
        createTopics();
        receiver = new LocalReceiver();
    }

    static void createTopics() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DeliveryHubTestResource.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            for (String topic : List.of(PROJECTS, PROJECTS + ".dlq", "deliveryhub.resources.v1",
                    "deliveryhub.delivery.v1", "deliveryhub.alerts.v1")) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void deliversASignedStructuredCloudEventThatVerifiesWithTheSecret() throws Exception {
        String url = receiver.url();
        JsonObject created = subscribe(url, "deliveryhub.project.*");
        UUID project = UUID.randomUUID();

        UUID event = publish("deliveryhub.project.created.v1", project);

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 1);
        LocalReceiver.Received delivery = receiver.received(url).get(0);
        assertThat(delivery.header("webhook-id")).isEqualTo(event.toString());
        assertThat(delivery.header("content-type")).isEqualTo("application/cloudevents+json");
        assertThat(Long.parseLong(delivery.header("webhook-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(verifies(created.getString("secret"), delivery)).isTrue();
        JsonObject body = new JsonObject(delivery.body());
        assertThat(body.getString("specversion")).isEqualTo("1.0");
        assertThat(body.getString("id")).isEqualTo(event.toString());
        assertThat(body.getString("type")).isEqualTo("deliveryhub.project.created.v1");
        assertThat(body.getString("source")).isEqualTo("projects-service");
        assertThat(body.getString("subject")).isEqualTo(project.toString());
        assertThat(body.getJsonObject("data").getJsonObject("state").getString("id")).isEqualTo(project.toString());

        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin()
                .get(PATH + "/" + created.getString("id") + "/deliveries?status=DELIVERED")
                .then().statusCode(200).body("total", is(1), "items[0].webhookId", is(event.toString()),
                        "items[0].attemptLog[0].statusCode", is(200),
                        "items[0].attemptLog[0].responseSnippet", is("{\"ok\":true}")));
    }

    @Test
    void aReceiverAnswering500TwiceGetsTheDeliveryOnTheThirdAttempt() throws Exception {
        String url = receiver.url(500, 500);
        JsonObject created = subscribe(url, "deliveryhub.project.*");

        UUID event = publish("deliveryhub.project.updated.v1", UUID.randomUUID());

        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin()
                .get(PATH + "/" + created.getString("id") + "/deliveries")
                .then().statusCode(200).body("items[0].status", is("DELIVERED"), "items[0].attempts", is(3),
                        "items[0].attemptLog.statusCode", contains(500, 500, 200)));
        assertThat(receiver.received(url)).extracting(received -> received.header("webhook-id"))
                .containsExactly(event.toString(), event.toString(), event.toString());
    }

    @Test
    void aReplayOfATimeRangeSendsTheSameWebhookIdAgain() throws Exception {
        String url = receiver.url();
        JsonObject created = subscribe(url, "deliveryhub.project.*");
        Instant before = Instant.now().minusSeconds(1);
        UUID event = publish("deliveryhub.project.updated.v1", UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 1);

        Callers.admin().contentType("application/json")
                .body(new JsonObject().put("from", before.toString()).put("to", Instant.now().plusSeconds(1).toString())
                        .encode())
                .post(PATH + "/" + created.getString("id") + "/replay")
                .then().statusCode(202).body("replayed", is(1));

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 2);
        assertThat(receiver.received(url).get(1).header("webhook-id")).isEqualTo(event.toString());
        assertThat(verifies(created.getString("secret"), receiver.received(url).get(1))).isTrue();
        String deliveryId = Callers.admin().get(PATH + "/" + created.getString("id") + "/deliveries")
                .then().extract().path("items[0].id");
        Callers.admin().contentType("application/json").body(new JsonObject().put("deliveryId", deliveryId).encode())
                .post(PATH + "/" + created.getString("id") + "/replay").then().statusCode(202).body("replayed", is(1));
        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 3);
        assertThat(receiver.received(url).get(2).header("webhook-id")).isEqualTo(event.toString());
    }

    @Test
    void followsNoRedirectAndGivesUpAfterTheLastRetry() throws Exception {
        Integer[] redirects = new Integer[8];
        java.util.Arrays.fill(redirects, 302);
        String url = receiver.url(redirects);
        JsonObject created = subscribe(url, "deliveryhub.project.*");

        publish("deliveryhub.project.updated.v1", UUID.randomUUID());

        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin()
                .get(PATH + "/" + created.getString("id") + "/deliveries?status=FAILED")
                .then().statusCode(200).body("total", is(1), "items[0].attempts", is(8),
                        "items[0].attemptLog.statusCode", everyItem(is(302))));
        assertThat(receiver.received(url)).hasSize(8);
        assertThat(receiver.received(url + "/moved")).isEmpty();
        Callers.admin().get(PATH + "/" + created.getString("id")).then().body("enabled", is(true));
    }

    @Test
    void afterARotationEachDeliveryCarriesASignatureByTheNewAndTheOldSecret() throws Exception {
        String url = receiver.url();
        JsonObject created = subscribe(url, "deliveryhub.project.*");
        String rotated = Callers.admin().post(PATH + "/" + created.getString("id") + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");

        publish("deliveryhub.project.updated.v1", UUID.randomUUID());

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 1);
        LocalReceiver.Received delivery = receiver.received(url).get(0);
        assertThat(delivery.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(verifies(rotated, delivery)).isTrue();
        assertThat(verifies(created.getString("secret"), delivery)).isTrue();
        assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), delivery)).isFalse();
    }

    @Test
    void aRecordThatIsNotAnEventIsParkedInTheDeadLetterTopicAndTheEventsAfterItGo() throws Exception {
        String url = receiver.url();
        UUID project = UUID.randomUUID();
        subscribe(url, new JsonObject().put("projectId", project.toString()), "deliveryhub.project.*");
        String poison = "{\"not\":\"an event\"}";

        TopicClient.write(PROJECTS, project.toString(), poison, Map.of("ce_type", "deliveryhub.project.updated.v1"));
        UUID after = publish("deliveryhub.project.updated.v1", project);

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() == 1);
        assertThat(receiver.received(url).get(0).header("webhook-id")).isEqualTo(after.toString());
        List<ConsumerRecord<String, String>> parked = TopicClient.awaitRecord(PROJECTS + ".dlq",
                record -> project.toString().equals(record.key()), PATIENCE);
        ConsumerRecord<String, String> letter = parked.stream().filter(record -> project.toString().equals(record.key()))
                .findFirst().orElseThrow();
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(TopicClient.header(letter, "ce_type")).isEqualTo("deliveryhub.project.updated.v1");
        assertThat(TopicClient.header(letter, "dead-letter-consumer")).isEqualTo("gateway.webhooks");
        assertThat(TopicClient.header(letter, "dead-letter-service")).isEqualTo("gateway");
        assertThat(TopicClient.header(letter, "dead-letter-topic")).isEqualTo(PROJECTS);
        assertThat(TopicClient.header(letter, "dead-letter-offset")).isNotBlank();
        assertThat(TopicClient.header(letter, "dead-letter-reason")).contains("is missing");
        Callers.admin().get("/q/metrics").then().statusCode(200)
                .body(containsString("deliveryhub_inbox_dead_lettered_total{consumer=\"gateway.webhooks\""));
    }

    @Test
    void aReceiverAnswering410DisablesTheSubscription() throws Exception {
        String url = receiver.url(410);
        JsonObject created = subscribe(url, "deliveryhub.project.*");

        publish("deliveryhub.project.updated.v1", UUID.randomUUID());

        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin().get(PATH + "/" + created.getString("id"))
                .then().statusCode(200).body("enabled", is(false), "disabledReason", containsString("410")));
        Callers.admin().get(PATH + "/" + created.getString("id") + "/deliveries")
                .then().body("items[0].status", is("FAILED"), "items[0].attemptLog[0].statusCode", is(410));
        assertThat(receiver.received(url)).hasSize(1);
    }

    @Test
    void deliversOnlyTheTypesAndProjectSubscribedToInTheTopicsOrder() throws Exception {
        String url = receiver.url();
        UUID project = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        JsonObject created = subscribe(url, new JsonObject().put("projectId", project.toString()),
                "deliveryhub.milestone.*", "deliveryhub.project.status-changed.v1");

        UUID first = publish("deliveryhub.milestone.created.v1", project);
        publish("deliveryhub.milestone.created.v1", other);
        publish("deliveryhub.project.updated.v1", project);
        UUID second = publish("deliveryhub.project.status-changed.v1", project);
        UUID third = publish("deliveryhub.milestone.completed.v1", project);

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() >= 3);
        assertThat(receiver.received(url)).extracting(received -> received.header("webhook-id"))
                .containsExactly(first.toString(), second.toString(), third.toString());
        Callers.admin().get(PATH + "/" + created.getString("id")
                + "/deliveries?type=deliveryhub.milestone.created.v1&status=DELIVERED")
                .then().statusCode(200).body("total", is(1), "items[0].webhookId", is(first.toString()));
    }

    private static JsonObject subscribe(String url, String... types) {
        return subscribe(url, new JsonObject(), types);
    }

    private static JsonObject subscribe(String url, JsonObject extra, String... types) {
        String body = WebhookSubscriptionsTest.subscription(url, types).mergeIn(extra).encode();
        return new JsonObject(Callers.admin().contentType("application/json").body(body).post(PATH)
                .then().statusCode(201).extract().asString());
    }

    static UUID publish(String type, UUID project) {
        UUID id = UUID.randomUUID();
        JsonObject payload = new JsonObject().put("version", 1)
                .put("state", new JsonObject().put("id", project.toString()).put("name", "Core banking"));
        TopicClient.write(PROJECTS, project.toString(), payload.encode(), Map.of(
                "ce_specversion", "1.0", "ce_id", id.toString(), "ce_source", "projects-service", "ce_type", type,
                "ce_subject", project.toString(), "ce_time", Instant.now().toString()));
        return id;
    }

    /** What a receiver does (the README's example): any of the signatures matches the HMAC under the secret. */
    private static boolean verifies(String secret, LocalReceiver.Received delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "."
                + delivery.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        for (String signature : delivery.header("webhook-signature").split(" ")) {
            if (java.security.MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
