package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A revoked integration gets nothing: neither new events nor the retries pending when its key was revoked. */
@QuarkusTest
class WebhookRevocationTest {

    private static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final String KEYS = "/api/v1/admin/api-keys";
    private static final String TYPE = "deliveryhub.project.updated.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static LocalReceiver receiver;

    private record Key(String id, String clear) {
    }

    @BeforeAll
    static void topicsAndReceiver() throws Exception {
        WebhookDeliveryTest.createTopics();
        receiver = new LocalReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aRevokedIntegrationsSubscriptionIsDisabledAndReceivesNoLaterEvent() {
        Key key = newKey();
        String mine = receiver.url();
        String admins = receiver.url();
        String integration = subscribe(Callers.withKey(key.clear()), mine);
        String admin = subscribe(Callers.admin(), admins);
        UUID first = WebhookDeliveryTest.publish(TYPE, UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> receiver.received(mine).size() == 1);

        Callers.admin().delete(KEYS + "/" + key.id()).then().statusCode(204);

        Callers.admin().get(PATH + "/" + integration).then().statusCode(200)
                .body("enabled", is(false), "disabledReason", is(SubscriptionStore.OWNER_REVOKED));
        // Even enabled again by ADMIN, it plans nothing while its owner's key is revoked.
        enableAgain(integration);
        UUID second = WebhookDeliveryTest.publish(TYPE, UUID.randomUUID());
        // The admin's delivery of the second event is planned in the same transaction as any other of that event.
        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin().get(PATH + "/" + admin + "/deliveries")
                .then().statusCode(200).body("items.webhookId", hasItem(second.toString())));
        Callers.admin().get(PATH + "/" + integration + "/deliveries").then().statusCode(200)
                .body("total", is(1), "items[0].webhookId", is(first.toString()));
        assertThat(receiver.received(mine)).extracting(received -> received.header("webhook-id"))
                .containsExactly(first.toString());
    }

    @Test
    void aRetryPendingWhenTheKeyIsRevokedIsNotSent() {
        Key key = newKey();
        String mine = receiver.url(500);
        CountDownLatch held = receiver.hold(mine);
        String integration = subscribe(Callers.withKey(key.clear()), mine);
        WebhookDeliveryTest.publish(TYPE, UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> receiver.received(mine).size() == 1);

        Callers.admin().delete(KEYS + "/" + key.id()).then().statusCode(204);
        // Enabled again, so that only the dispatcher's check of the owner at claim time stands in the retry's way.
        enableAgain(integration);
        held.countDown();
        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin().get(PATH + "/" + integration + "/deliveries")
                .then().statusCode(200).body("items[0].status", is("PENDING"), "items[0].attempts", is(1)));

        // An admin's delivery failing once and retried after the integration's retry was due proves the dispatcher
        // has claimed past that time.
        String admins = receiver.url(500);
        String admin = subscribe(Callers.admin(), admins);
        WebhookDeliveryTest.publish(TYPE, UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> Callers.admin().get(PATH + "/" + admin + "/deliveries")
                .then().statusCode(200).body("items[0].status", is("DELIVERED"), "items[0].attempts", is(2)));
        Callers.admin().get(PATH + "/" + integration + "/deliveries").then()
                .body("items[0].status", is("PENDING"), "items[0].attempts", is(1));
        assertThat(receiver.received(mine)).hasSize(1);
    }

    private static Key newKey() {
        JsonObject body = new JsonObject().put("name", "hooks-" + UUID.randomUUID())
                .put("roles", new JsonArray(List.of("INTEGRATION_CRM")));
        var created = Callers.admin().contentType("application/json").body(body.encode()).post(KEYS)
                .then().statusCode(201).extract();
        return new Key(created.path("id"), created.path("key"));
    }

    private static String subscribe(RequestSpecification caller, String url) {
        return caller.contentType("application/json")
                .body(WebhookSubscriptionsTest.subscription(url, "deliveryhub.project.*").encode()).post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    private static void enableAgain(String subscription) {
        int version = Callers.admin().get(PATH + "/" + subscription).then().extract().path("version");
        Callers.admin().contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body("{\"enabled\":true}").patch(PATH + "/" + subscription)
                .then().statusCode(200).body("enabled", is(true));
    }
}
