package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Instant CREATED = Instant.parse("2026-12-06T08:00:00Z");
    private static final UUID PROJECT = UUID.randomUUID();
    private static final WebhookSecret CURRENT = WebhookSecret.generate();
    private static final WebhookSecret PREVIOUS = WebhookSecret.generate();

    @Test
    void receivesTheTypesOfItsProjectThatHappenSinceItWasCreated() {
        Subscription subscription = subscription(Set.of("INTEGRATION_CRM"), PROJECT, true);

        assertThat(subscription.wants(event("deliveryhub.project.created.v1", PROJECT, CREATED))).isTrue();
        assertThat(subscription.wants(event("deliveryhub.project.created.v1", PROJECT, CREATED.minusMillis(1))))
                .as("before it existed").isFalse();
        assertThat(subscription.wants(event("deliveryhub.project.created.v1", UUID.randomUUID(), CREATED.plusSeconds(1))))
                .as("another project").isFalse();
        assertThat(subscription.wants(event("deliveryhub.milestone.created.v1", PROJECT, CREATED.plusSeconds(1))))
                .as("a type it does not name").isFalse();
        assertThat(subscription(Set.of("INTEGRATION_CRM"), PROJECT, false)
                .wants(event("deliveryhub.project.created.v1", PROJECT, CREATED))).as("disabled").isFalse();
        assertThat(subscription(Set.of("INTEGRATION_CRM"), null, true)
                .wants(event("deliveryhub.project.created.v1", UUID.randomUUID(), CREATED))).as("any project").isTrue();
    }

    @Test
    void signsWithThePreviousSecretTooUntilItsOverlapEnds() {
        Subscription rotated = new Subscription(UUID.randomUUID(), "integration:crm", Set.of("ADMIN"),
                "https://hooks.example.com/", Set.of("deliveryhub.*"), null, null, true, null, CURRENT, PREVIOUS,
                CREATED.plus(Duration.ofHours(24)), null, 2, CREATED, CREATED);

        assertThat(rotated.signingSecrets(CREATED.plus(Duration.ofHours(23)))).containsExactly(CURRENT, PREVIOUS);
        assertThat(rotated.signingSecrets(CREATED.plus(Duration.ofHours(24)))).containsExactly(CURRENT);
    }

    private static Subscription subscription(Set<String> roles, UUID project, boolean enabled) {
        return new Subscription(UUID.randomUUID(), "integration:crm", roles, "https://hooks.example.com/",
                Set.of("deliveryhub.project.*"), project, null, enabled, null, CURRENT, null, null, null, 1, CREATED,
                CREATED);
    }

    private static WebhookEvent event(String type, UUID project, Instant time) {
        return new WebhookEvent(UUID.randomUUID(), type, "projects-service", project.toString(), project.toString(),
                time, new JsonObject().put("version", 1));
    }
}
