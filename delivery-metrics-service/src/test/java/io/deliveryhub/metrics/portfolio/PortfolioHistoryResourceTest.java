package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.metrics.KpiFeed.*;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A past day's portfolio is kept once computed (V51): asked again, it must answer what it answered the first time,
 * from the facts, and a fact dated on or before the day must still change it. One delivery manager's portfolio per
 * test: kpis.md's worked example (planned 2–12 March 2026, BAC 10000 EUR, milestones 1 DONE on 5 March, 1 due 9 March,
 * 2 due 12 March), an AMBER report on 6 March and two feedback responses.
 */
@QuarkusTest
class PortfolioHistoryResourceTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio";
    private static final String DAY = "2026-03-06";

    @Test
    void answersAPastDayAskedAgainAsItWasComputedFromTheFacts() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID worked = workedExample(manager);

        String computed = pastDay(manager);
        Object computedAt = computedAt(worked);
        String kept = pastDay(manager);

        assertThat(computedAt).as("stored by the first read").isNotNull();
        assertThat(computedAt(worked)).as("the second read computes nothing").isEqualTo(computedAt);
        assertThat(withoutAlerts(kept)).isEqualTo(withoutAlerts(computed));
        // 6 March: SPI 0.625 (−25), AMBER (−10), CSAT 3 (−5): 60, AMBER; as computed by the calculators on that day.
        Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", manager).queryParam("asOf", DAY).get(PORTFOLIO).then()
                .statusCode(200).body("asOf", is(DAY), "projects.byStatus.ACTIVE", is(1))
                .body("health.byStatus.AMBER", is(1), "milestones.onTime", is(1), "milestones.late", is(0))
                .body("clientFeedback.csat", is(3.0f), "clientFeedback.csatResponses", is(2))
                .body("mostAtRisk.healthScore", contains(60),
                        "mostAtRisk[0].reasons.name", contains("spi", "rag", "csat"),
                        "mostAtRisk[0].reasons.effect", contains(-25, -10, -5));
    }

    @Test
    void recomputesAKeptPastDayWhenAFactDatedBeforeItArrives() {
        UUID manager = UUID.randomUUID();
        UUID worked = workedExample(manager);
        pastDay(manager);

        feedback(worked, 1, 0, "2026-03-04T12:00:00Z");

        // CSAT (4 + 2 + 1) / 3 = 2.333, below 3: −15 instead of −5, so 50
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .queryParam("deliveryManagerId", manager).queryParam("asOf", DAY).get(PORTFOLIO).then()
                .statusCode(200).body("clientFeedback.csatResponses", is(3), "clientFeedback.csat", is(2.333f))
                .body("mostAtRisk.healthScore", contains(50), "mostAtRisk[0].reasons.name", contains("spi", "csat", "rag"),
                        "mostAtRisk[0].reasons.effect", contains(-25, -15, -10)));
    }

    private static UUID workedExample(UUID manager) {
        UUID worked = UUID.randomUUID();
        ObjectNode project = plannedProject(worked);
        state(project).put("deliveryManagerId", manager.toString());
        publish(PROJECT_CREATED, worked, project);
        milestone(worked, 1, "DONE", "2026-03-05", "2026-03-05");
        milestone(worked, 1, "IN_PROGRESS", "2026-03-09", null);
        milestone(worked, 2, "PLANNED", "2026-03-12", null);
        report(worked, DAY, "AMBER", 20);
        feedback(worked, 4, 9, "2026-03-05T12:00:00Z");
        feedback(worked, 2, 5, "2026-03-06T12:00:00Z");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .queryParam("deliveryManagerId", manager).get(PORTFOLIO).then().statusCode(200)
                .body("projects.total", is(1), "milestones.late", is(2), "clientFeedback.csatResponses", is(2),
                        "mostAtRisk[0].reasons.name", hasItem("rag")));
        return worked;
    }

    private static String pastDay(UUID manager) {
        return Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", manager).queryParam("asOf", DAY)
                .get(PORTFOLIO).then().statusCode(200).extract().asString();
    }

    /** The open alerts are counted now, whatever the day: the alert rules may raise one between two reads. */
    private static JsonNode withoutAlerts(String portfolio) throws Exception {
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(portfolio);
        document.remove("openAlerts");
        return document;
    }

    private static Object computedAt(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager().createNativeQuery(
                "select max(computed_at) from project_kpi_history where project_id = ?1 and as_of = cast(?2 as date)")
                .setParameter(1, project).setParameter(2, DAY).getSingleResult());
    }
}
