package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.metrics.KpiFeed.*;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.ResourceFeed;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.Contracts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The portfolio of one delivery manager, made for each test so that other tests' projects do not count:
 * <ul>
 * <li>worked, ACTIVE: kpis.md's worked example (planned 2–12 March 2026, BAC 10000 EUR, milestones 1 DONE on time, 1 due
 * 9 March, 2 due 12 March), an AMBER report on 6 March, feedback CSAT 4 / NPS 9 on 5 March and 2 / 5 on 6 March;
 * <li>steady, ACTIVE: BAC 250000 EUR, planned March–September 2026, nothing reported: nothing against its health;
 * <li>proposed, PROPOSED: BAC 250000 USD, of another client.
 * </ul>
 * Today (after the plan's end) the worked example has SPI 0.25 (−25), two overdue milestones (−20), AMBER (−10)
 * and CSAT 3 (−5): score 40, RED.
 */
@QuarkusTest
class PortfolioFiguresResourceTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio";

    private record Portfolio(UUID deliveryManager, UUID client, String practice, UUID worked, UUID steady,
            UUID proposed) {
    }

    @Test
    void addsUpTheProjectsOfADeliveryManagerAsOfToday() {
        Portfolio portfolio = portfolio();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", portfolio.deliveryManager()).get(PORTFOLIO).then()
                .statusCode(200).contentType("application/json")
                .body("asOf", is(today), "filters.deliveryManagerId", is(portfolio.deliveryManager().toString()))
                .body("projects.total", is(3), "projects.byStatus.ACTIVE", is(2), "projects.byStatus.PROPOSED", is(1))
                .body("health.projectsInDelivery", is(2), "health.byStatus.GREEN", is(1),
                        "health.byStatus.AMBER", is(0), "health.byStatus.RED", is(1))
                .body("milestones.onTime", is(1), "milestones.late", is(2), "milestones.onTimeRate", is(0.333f))
                // No time entries: CPI unknown, so no active project can be judged.
                .body("costAndSchedule.activeProjects", is(2), "costAndSchedule.judged", is(0),
                        "costAndSchedule.onTrack", is(0), "costAndSchedule.share", nullValue())
                .body("budget.currency", contains("EUR", "USD"), "budget.bac", contains("260000.00", "250000.00"),
                        "budget.ac", contains("0.00", "0.00"), "budget.projects", contains(2, 1))
                .body("clientFeedback.csat", is(3.0f), "clientFeedback.nps", is(0.0f),
                        "clientFeedback.csatResponses", is(2), "clientFeedback.npsResponses", is(2))
                // the rules' three (SPI below threshold, two overdue milestones) and one raised by hand
                .body("openAlerts", is(4))
                .body("mostAtRisk", hasSize(1), "mostAtRisk[0].projectId", is(portfolio.worked().toString()),
                        "mostAtRisk[0].healthScore", is(40), "mostAtRisk[0].healthStatus", is("RED"),
                        "mostAtRisk[0].reasons.name", contains("spi", "overdueMilestones", "rag", "csat"),
                        "mostAtRisk[0].reasons.effect", contains(-25, -20, -10, -5))
                // No people in this portfolio: see showsTimeAndPeopleWithinMomentsOfTheirEvents.
                .body("people.from", is(LocalDate.now(ZoneOffset.UTC).minusDays(28).toString()),
                        "people.to", is(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()),
                        "people", hasKey("utilization"), "people", hasKey("billableUtilization"),
                        "people", hasKey("benchShare"), "people", hasKey("people"), "people", hasKey("onBench"));
    }

    @Test
    void answersEveryFieldOfTheExampleTheGatewaysPortfolioViewIsTestedWith() {
        Portfolio portfolio = portfolio();

        String answer = Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", portfolio.deliveryManager())
                .get(PORTFOLIO).then().statusCode(200).body("mostAtRisk", hasSize(1)).extract().asString();

        assertThat(Contracts.fieldPaths(answer))
                .containsAll(Contracts.fieldPaths(Contracts.example(Contracts.PORTFOLIO_KPIS)));
    }

    @Test
    void computesAPastDayFromTheFacts() {
        Portfolio portfolio = portfolio();

        // 6 March: SPI 0.625 (−25), AMBER (−10), CSAT 3 (−5): 60, AMBER; one milestone done on time, none late yet.
        Api.as(DELIVERY_MANAGER).queryParam("deliveryManagerId", portfolio.deliveryManager())
                .queryParam("asOf", "2026-03-06").get(PORTFOLIO).then().statusCode(200)
                .body("asOf", is("2026-03-06"), "projects.total", is(3))
                .body("health.byStatus.GREEN", is(1), "health.byStatus.AMBER", is(1), "health.byStatus.RED", is(0))
                .body("milestones.onTime", is(1), "milestones.late", is(0), "milestones.onTimeRate", is(1.0f))
                .body("clientFeedback.csat", is(3.0f), "clientFeedback.npsResponses", is(2))
                .body("mostAtRisk.healthScore", contains(60), "mostAtRisk[0].reasons.name", contains("spi", "rag", "csat"))
                .body("people.from", is("2026-02-06"), "people.to", is("2026-03-05"));
        // Before any feedback or report.
        Api.as(DELIVERY_MANAGER).queryParam("deliveryManagerId", portfolio.deliveryManager())
                .queryParam("asOf", "2026-03-01").get(PORTFOLIO).then().statusCode(200)
                .body("clientFeedback.csat", nullValue(), "clientFeedback.nps", nullValue(),
                        "milestones.onTimeRate", nullValue(), "mostAtRisk", empty());
    }

    @Test
    void showsAFactWithinMomentsOfItsEvent() {
        Portfolio portfolio = portfolio();
        report(portfolio.steady(), LocalDate.now(ZoneOffset.UTC).toString(), "RED", 100);

        // RED takes 25 off the steady project (100 % complete keeps its SPI at 1): 75, AMBER.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(PROJECT_MANAGER)
                .queryParam("deliveryManagerId", portfolio.deliveryManager()).get(PORTFOLIO).then().statusCode(200)
                .body("health.byStatus.AMBER", is(1), "mostAtRisk.key", hasSize(2),
                        "mostAtRisk[1].reasons.name", contains("rag")));
    }

    @Test
    void showsTimeAndPeopleWithinMomentsOfTheirEvents() {
        Portfolio portfolio = portfolio();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID person = UUID.randomUUID();
        ResourceFeed.publish(ResourceFeed.PERSON_CREATED, person,
                ResourceFeed.person(person, 1, 40, portfolio.practice()));
        ResourceFeed.publish(ResourceFeed.ALLOCATION_CREATED, portfolio.worked(),
                ResourceFeed.allocation(ResourceFeed.ALLOCATION_CREATED, UUID.randomUUID(), 1, person,
                        portfolio.worked(), today.minusDays(60), today.plusDays(60), 40, "HARD"));
        // the worked example's 30 h at 90 before 6 March, and 8 h at 90 two days ago
        for (String day : new String[] { "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05" }) {
            ResourceFeed.publish(ResourceFeed.TIME_ENTRY_RECORDED, portfolio.worked(), ResourceFeed.timeEntry(
                    ResourceFeed.TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, portfolio.worked(), person,
                    LocalDate.parse(day), 7.5, "675.00", true, "APPROVED"));
        }
        ResourceFeed.publish(ResourceFeed.TIME_ENTRY_RECORDED, portfolio.worked(), ResourceFeed.timeEntry(
                ResourceFeed.TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, portfolio.worked(), person,
                today.minusDays(2), 8, "720.00", true, "APPROVED"));

        // the worked example now has a CPI (EV 2500 / AC 3420) as well as its SPI: judged, and not on track
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .queryParam("deliveryManagerId", portfolio.deliveryManager()).get(PORTFOLIO).then().statusCode(200)
                .body("budget.currency", contains("EUR", "USD"), "budget.ac", contains("3420.00", "0.00"))
                .body("costAndSchedule.judged", is(1), "costAndSchedule.onTrack", is(0))
                // 8 h over the 4 weeks before today (20 working days of 8 h): 0.05; fully HARD-booked, not on the bench
                .body("people.people", is(1), "people.capacityHours", is(160.0f), "people.loggedHours", is(8.0f),
                        "people.utilization", is(0.05f), "people.billableUtilization", is(0.05f),
                        "people.onBench", is(0), "people.benchShare", is(0.0f)));
        Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", portfolio.deliveryManager())
                .queryParam("asOf", "2026-03-06").get(PORTFOLIO).then().statusCode(200)
                .body("budget.ac", contains("2700.00", "0.00"));
    }

    @Test
    void recomputesSnapshotsOfAnEarlierDay() {
        Portfolio portfolio = portfolio();
        // As the first read of a new day finds them: every snapshot is of yesterday.
        QuarkusTransaction.requiringNew().run(() -> Project.getEntityManager().createNativeQuery(
                "update project_kpi_snapshot set as_of = as_of - 1, health_score = 0 where project_id in (?1, ?2, ?3)")
                .setParameter(1, portfolio.worked()).setParameter(2, portfolio.steady())
                .setParameter(3, portfolio.proposed()).executeUpdate());

        Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", portfolio.deliveryManager()).get(PORTFOLIO).then()
                .statusCode(200).body("health.byStatus.GREEN", is(1), "mostAtRisk.healthScore", contains(40));
        Object asOf = QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager()
                .createNativeQuery("select min(as_of) from project_kpi_snapshot where project_id = ?1")
                .setParameter(1, portfolio.worked()).getSingleResult());
        assertThat(asOf.toString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void narrowsByClientAndByPractice() {
        Portfolio portfolio = portfolio();

        Api.as(DELIVERY_LEAD).queryParam("clientId", portfolio.client()).get(PORTFOLIO).then().statusCode(200)
                .body("projects.total", is(2), "budget.currency", contains("EUR"), "openAlerts", is(4));
        Api.as(TEAM_MEMBER).queryParam("practice", portfolio.practice()).get(PORTFOLIO).then().statusCode(200)
                .body("filters.practice", is(portfolio.practice()), "projects.total", is(1),
                        "mostAtRisk[0].projectId", is(portfolio.worked().toString()));
        Api.as(ADMIN).queryParam("practice", portfolio.practice()).queryParam("clientId", UUID.randomUUID())
                .get(PORTFOLIO).then().statusCode(200)
                .body("projects.total", is(0), "milestones.onTimeRate", nullValue(), "budget", empty(),
                        "openAlerts", is(0), "mostAtRisk", empty());
    }

    @Test
    void answersCsvWithOneRowPerProjectOrderedByKey() {
        Portfolio portfolio = portfolio();

        String csv = Api.as(HEAD_OF_DELIVERY).accept("text/csv").queryParam("deliveryManagerId", portfolio.deliveryManager())
                .get(PORTFOLIO).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();

        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("projectId,key,name,status,currency,bac,ac,cpi,spi,percentComplete,rag,"
                + "healthScore,healthStatus,milestonesOnTime,milestonesLate,revenue,cost,margin,marginPercent,"
                + "revenueAtCompletion,costAtCompletion,marginAtCompletion,marginPercentAtCompletion");
        assertThat(lines.subList(1, 4)).isSortedAccordingTo((a, b) -> a.split(",")[1].compareTo(b.split(",")[1]));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(portfolio.worked() + ",")
                .contains(",Acme payments platform,ACTIVE,EUR,10000.00,0.00,,0.250,0.250,AMBER,40,RED,1,2,"));
    }

    @Test
    void refusesBadFilters() {
        for (String[] bad : new String[][] { { "asOf", "2026-02-30" }, { "deliveryManagerId", "dm-1" },
                { "clientId", "42" }, { "practice", "x".repeat(101) } }) {
            Api.as(HEAD_OF_DELIVERY).queryParam(bad[0], bad[1]).get(PORTFOLIO).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is(bad[0]));
        }
        Api.as(HEAD_OF_DELIVERY).accept("text/csv").queryParam("clientId", "42").get(PORTFOLIO).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void documentsTheJsonAndCsvAnswersInOpenApi() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/metrics/portfolio'.get.responses.'200'.content.'text/csv'.example",
                        startsWith("projectId,key,name,status,"))
                .body("paths.'/api/v1/metrics/portfolio'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/metrics/portfolio'.get.parameters.name",
                        hasItems("asOf", "deliveryManagerId", "clientId", "practice"))
                .body("components.schemas.PortfolioKpis.examples[0].mostAtRisk[0].reasons[0].name", is("spi"));
    }

    /** The three projects of a new delivery manager, once all their facts have arrived, and an open alert. */
    private static Portfolio portfolio() {
        UUID deliveryManager = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        String practice = "Practice " + deliveryManager;
        UUID worked = UUID.randomUUID();
        ObjectNode workedProject = plannedProject(worked);
        state(workedProject).put("deliveryManagerId", deliveryManager.toString()).put("clientId", client.toString())
                .put("practice", practice);
        publish(PROJECT_CREATED, worked, workedProject);
        milestone(worked, 1, "DONE", "2026-03-05", "2026-03-05");
        milestone(worked, 1, "IN_PROGRESS", "2026-03-09", null);
        milestone(worked, 2, "PLANNED", "2026-03-12", null);
        report(worked, "2026-03-06", "AMBER", 20);
        feedback(worked, 4, 9, "2026-03-05T12:00:00Z");
        feedback(worked, 2, 5, "2026-03-06T12:00:00Z");

        UUID steady = UUID.randomUUID();
        ObjectNode steadyProject = project(steady, 1, "ACTIVE");
        state(steadyProject).put("deliveryManagerId", deliveryManager.toString()).put("clientId", client.toString());
        publish(PROJECT_CREATED, steady, steadyProject);

        UUID proposed = UUID.randomUUID();
        ObjectNode proposedProject = project(proposed, 1, "PROPOSED");
        state(proposedProject).put("deliveryManagerId", deliveryManager.toString());
        ((ObjectNode) state(proposedProject).get("budget")).put("currency", "USD");
        publish(PROJECT_CREATED, proposed, proposedProject);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .queryParam("deliveryManagerId", deliveryManager).get(PORTFOLIO).then().statusCode(200)
                .body("projects.total", is(3), "milestones.late", is(2), "clientFeedback.csatResponses", is(2),
                        "mostAtRisk[0].reasons.name", hasItem("rag")));
        // The alert rules judge the worked example (SPI 0.25, two milestones overdue) from its events alone.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> openAlertsOf(worked) == 3);
        alert(worked, "OPEN");
        alert(worked, "RESOLVED");
        return new Portfolio(deliveryManager, client, practice, worked, steady, proposed);
    }

    private static long openAlertsOf(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Project.getEntityManager()
                .createNativeQuery("select count(*) from alert where project_id = ?1 and status = 'OPEN'")
                .setParameter(1, project).getSingleResult()).longValue());
    }

    /** An alert of a rule no evaluation looks at, so nothing resolves it behind the test's back. */
    private static void alert(UUID project, String status) {
        QuarkusTransaction.requiringNew().run(() -> Project.getEntityManager().createNativeQuery("""
                insert into alert (id, rule, subject_id, project_id, status, message, raised_at, resolved_at, version,
                                   created_at, updated_at)
                values (?1, 'RAISED_BY_TEST', ?2, ?2, ?3, 'test alert', now(), case when ?3 = 'RESOLVED' then now() end, 1,
                        now(), now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, project).setParameter(3, status).executeUpdate());
    }
}
