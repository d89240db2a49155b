package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Other test classes feed the same read model, so counts are asserted as changes from a starting point. */
@QuarkusTest
class PortfolioResourceTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio";

    @Test
    void countsProjectsPerStatusAsTheirEventsArrive() {
        Map<String, Integer> before = byStatus();
        int totalBefore = total();
        UUID proposed1 = UUID.randomUUID();
        UUID proposed2 = UUID.randomUUID();
        UUID activated = UUID.randomUUID();
        publish(PROJECT_CREATED, proposed1, project(proposed1, 1, "PROPOSED"));
        publish(PROJECT_CREATED, proposed2, project(proposed2, 1, "PROPOSED"));
        publish(PROJECT_CREATED, activated, project(activated, 1, "PROPOSED"));
        publish(PROJECT_STATUS_CHANGED, activated, project(activated, 2, "ACTIVE"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Integer> after = byStatus();
            assertThat(total()).isEqualTo(totalBefore + 3);
            assertThat(after.getOrDefault("PROPOSED", 0)).isEqualTo(before.getOrDefault("PROPOSED", 0) + 2);
            assertThat(after.getOrDefault("ACTIVE", 0)).isEqualTo(before.getOrDefault("ACTIVE", 0) + 1);
            assertThat(after.get("CANCELLED")).isEqualTo(before.get("CANCELLED"));
        });
    }

    @Test
    void countsAPastDayInTheStatusEachProjectHadThen() {
        UUID project = UUID.randomUUID();
        String manager = UUID.randomUUID().toString();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        publishAt(now.minus(Duration.ofDays(10)), PROJECT_CREATED, project,
                managed(project(project, 1, "PROPOSED"), manager));
        publishAt(now.minus(Duration.ofDays(5)), PROJECT_STATUS_CHANGED, project,
                managed(project(project, 2, "ACTIVE"), manager));
        publishAt(now, PROJECT_STATUS_CHANGED, project, managed(project(project, 3, "CLOSED"), manager));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .get(PORTFOLIO + "?deliveryManagerId=" + manager).then().statusCode(200)
                .body("projects.byStatus.CLOSED", is(1), "projects.total", is(1)));
        Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO + "?deliveryManagerId=" + manager + "&asOf=" + today.minusDays(3))
                .then().statusCode(200).body("projects.byStatus.ACTIVE", is(1), "projects.byStatus.CLOSED", nullValue());
        Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO + "?deliveryManagerId=" + manager + "&asOf=" + today.minusDays(7))
                .then().statusCode(200).body("projects.byStatus.PROPOSED", is(1), "projects.byStatus.ACTIVE", nullValue());
    }

    @Test
    void listsTheStatusesByNameAndATotalThatAddsUp() {
        // Its own delivery manager's projects, so other tests' projects never count.
        String manager = UUID.randomUUID().toString();
        UUID onHold = UUID.randomUUID();
        for (UUID proposed : List.of(UUID.randomUUID(), UUID.randomUUID())) {
            publish(PROJECT_CREATED, proposed, managed(project(proposed, 1, "PROPOSED"), manager));
        }
        publish(PROJECT_CREATED, onHold, managed(project(onHold, 1, "PROPOSED"), manager));
        publish(PROJECT_STATUS_CHANGED, onHold, managed(project(onHold, 2, "ON_HOLD"), manager));
        UUID active = UUID.randomUUID();
        publish(PROJECT_CREATED, active, managed(project(active, 1, "PROPOSED"), manager));
        publish(PROJECT_STATUS_CHANGED, active, managed(project(active, 2, "ACTIVE"), manager));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // Read with Jackson: REST Assured's JSON path hands maps back in hash order.
            JsonNode projects = new ObjectMapper().readTree(Api.as(DELIVERY_LEAD)
                    .queryParam("deliveryManagerId", manager).get(PORTFOLIO)
                    .then().statusCode(200).extract().asString()).get("projects");
            List<String> statuses = new ArrayList<>();
            projects.get("byStatus").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).containsExactly("ACTIVE", "ON_HOLD", "PROPOSED");
            assertThat(projects.get("byStatus").get("PROPOSED").asLong()).isEqualTo(2);
            assertThat(projects.get("byStatus").get("ACTIVE").asLong()).isEqualTo(1);
            assertThat(projects.get("byStatus").get("ON_HOLD").asLong()).isEqualTo(1);
            assertThat(projects.get("total").asLong()).isEqualTo(4);
        });
    }

    @Test
    void letsEveryPersonRoleAndAdminRead() {
        for (String role : new String[] { HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD,
                TEAM_MEMBER, ADMIN }) {
            Api.as(role).get(PORTFOLIO).then().statusCode(200).contentType("application/json")
                    .body("projects.total", greaterThanOrEqualTo(0));
        }
    }

    @Test
    void refusesACallerWithoutToken() {
        Api.anonymous().get(PORTFOLIO).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", is(401), "type", endsWith("/unauthorized"));
    }

    @Test
    void refusesAnIntegrationThatDoesNotReadKpis() {
        Api.as(INTEGRATION_CRM).get(PORTFOLIO).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", is(403));
    }

    private static ObjectNode managed(ObjectNode payload, String deliveryManagerId) {
        state(payload).put("deliveryManagerId", deliveryManagerId);
        return payload;
    }

    private static void publishAt(Instant time, String type, UUID projectId, ObjectNode payload) {
        EventFeed.publishAt(time, Topics.PROJECTS, type, projectId.toString(), payload);
    }

    private static Map<String, Integer> byStatus() {
        return Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO).then().statusCode(200)
                .extract().jsonPath().getMap("projects.byStatus", String.class, Integer.class);
    }

    private static int total() {
        return Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO).then().statusCode(200).extract().path("projects.total");
    }
}
