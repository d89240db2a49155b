package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.metrics.KpiFeed.*;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The weekly trend over kpis.md's worked example (planned 2–12 March 2026, BAC 10000, milestones weighing 1, 1,
 * 2, the first DONE on 5 March): week 10 is as of Sunday 8 March, week 11 as of Sunday 15 March.
 */
@QuarkusTest
class ProjectTrendResourceTest {

    private static final String KPIS = "/api/v1/metrics/projects/";

    @Test
    void computesOnePointPerIsoWeekAsOfItsSunday() {
        UUID project = workedExample();

        Api.as(DELIVERY_LEAD).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .get(KPIS + project + "/trend").then().statusCode(200).contentType("application/json")
                .body("projectId", is(project.toString()), "from", is("2026-03-02"), "to", is("2026-03-15"))
                .body("points.week", contains("2026-W10", "2026-W11"))
                .body("points.asOf", contains("2026-03-08", "2026-03-15"))
                // 8 March: f = 6/10 → PV 6000; EV 2500; SPI 0.417. 15 March: the plan is over, two milestones late.
                .body("points[0].pv", is("6000.00"), "points[0].ev", is("2500.00"), "points[0].spi", is(0.417f),
                        "points[0].currency", is("EUR"), "points[0].percentComplete", is(0.25f),
                        "points[0].overdueMilestones", is(0), "points[0].onTimeRate", is(1.0f),
                        "points[0].rag", is("AMBER"), "points[0].healthScore", is(65),
                        "points[0].healthStatus", is("AMBER"))
                .body("points[1].pv", is("10000.00"), "points[1].spi", is(0.25f),
                        "points[1].overdueMilestones", is(2), "points[1].onTimeRate", is(0.333f),
                        "points[1].rag", is("RED"));
    }

    @Test
    void keepsEachWeekAsItStoodWhenThePlanAndTheMilestonesChangeLater() {
        UUID project = workedExample();
        baseline(project, 1, "2026-03-02T08:00:00Z", "2026-03-12", "10000.00");
        UUID third = milestone(project, 2, "PLANNED", "2026-03-20", null);
        // In week 11: a change request moves the end to 22 March at 12000, the last milestone is waived, one added.
        replanned(project, 2, "2026-03-22", "12000.00");
        baseline(project, 2, "2026-03-10T09:00:00Z", "2026-03-22", "12000.00");
        waive(project, third, 2, "2026-03-20", "2026-03-10T10:00:00Z");
        milestoneAddedAt(project, 4, "2026-03-20", "2026-03-11T09:00:00Z");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(DELIVERY_LEAD)
                .queryParam("from", "2026-03-02").queryParam("to", "2026-03-15").get(KPIS + project + "/trend")
                .then().statusCode(200)
                // 15 March: 12000 × 13/20; milestones weighing 1, 1, 2 and the new 4, the first done.
                .body("points[1].bac", is("12000.00"), "points[1].pv", is("7800.00"),
                        "points[1].milestonesTotal", is(4), "points[1].percentComplete", is(0.125f))
                // 8 March as it stood: the worked example with the fourth milestone still to do.
                .body("points[0].bac", is("10000.00"), "points[0].pv", is("6000.00"),
                        "points[0].milestonesTotal", is(4), "points[0].percentComplete", is(0.167f),
                        "points[0].ev", is("1666.67")));
    }

    @Test
    void endsTheLastWeekOnToAndFindsTheProjectByKey() {
        UUID project = workedExample();
        String key = Api.as(ADMIN).get(KPIS + project).then().statusCode(200).extract().path("key");

        Api.as(PROJECT_MANAGER).queryParam("from", "2026-03-04").queryParam("to", "2026-03-10")
                .get(KPIS + key + "/trend").then().statusCode(200)
                .body("points.asOf", contains("2026-03-08", "2026-03-10"), "points[1].overdueMilestones", is(1));
    }

    @Test
    void answersCsvWithAHeaderAndOneRowPerWeek() {
        UUID project = workedExample();

        String csv = Api.as(HEAD_OF_DELIVERY).accept("text/csv").queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-15").get(KPIS + project + "/trend").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("week,asOf,currency,bac,pv,ev,ac,cv,sv,eac,etc,vac,cpi,spi,tcpi,"
                + "percentComplete,milestonesTotal,milestonesDone,onTimeRate,overdueMilestones,budgetBurn,hoursLogged,"
                + "rag,riskExposure,healthScore,healthStatus");
        // No time entries: AC 0.00, so CPI, EAC, ETC and VAC are unknown (empty).
        assertThat(lines[1]).isEqualTo("2026-W10,2026-03-08,EUR,10000.00,6000.00,2500.00,0.00,2500.00,-3500.00,,,,,"
                + "0.417,0.750,0.250,3,1,1.000,0,0.000,0,AMBER,0,65,AMBER");
        assertThat(lines[2]).startsWith("2026-W11,2026-03-15,EUR,10000.00,10000.00,2500.00,");
    }

    @Test
    void defaultsToThirteenWeeksEndingToday() {
        UUID project = workedExample();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Api.as(TEAM_MEMBER).get(KPIS + project + "/trend").then().statusCode(200)
                .body("to", is(today.toString()), "from", is(today.minusWeeks(12).toString()),
                        "points", hasSize(13), "points[12].asOf", is(today.toString()));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        UUID project = workedExample();
        Api.as(HEAD_OF_DELIVERY).queryParam("from", "2026-03-10").queryParam("to", "2026-03-09")
                .get(KPIS + project + "/trend").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("to"));
    }

    @Test
    void refusesMoreThan104Weeks() {
        UUID project = workedExample();
        Api.as(HEAD_OF_DELIVERY).queryParam("from", "2024-01-01").queryParam("to", "2026-03-09")
                .get(KPIS + project + "/trend").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("from"));
    }

    @Test
    void refusesADateThatIsNotOneEvenWhenCsvIsAsked() {
        UUID project = workedExample();
        Api.as(HEAD_OF_DELIVERY).accept("text/csv").queryParam("from", "2026-02-30")
                .get(KPIS + project + "/trend").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("from"));
    }

    @Test
    void answers404ForAProjectItHasNotHeardOf() {
        Api.as(HEAD_OF_DELIVERY).get(KPIS + UUID.randomUUID() + "/trend").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(HEAD_OF_DELIVERY).get(KPIS + "NO-SUCH-KEY/trend").then().statusCode(404);
    }

    @Test
    void isForPeopleAndAdminsOnly() {
        UUID project = workedExample();
        Api.as(INTEGRATION_CRM).get(KPIS + project + "/trend").then().statusCode(403)
                .contentType("application/problem+json");
        Api.anonymous().get(KPIS + project + "/trend").then().statusCode(401);
    }

    @Test
    void documentsTheJsonAndCsvAnswersInOpenApi() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/metrics/projects/{idOrKey}/trend'.get.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/ProjectTrend"))
                .body("paths.'/api/v1/metrics/projects/{idOrKey}/trend'.get.responses.'200'.content.'text/csv'.example",
                        startsWith("week,asOf,currency,"))
                .body("paths.'/api/v1/metrics/projects/{idOrKey}/trend'.get.responses.'404'", notNullValue());
    }

    /** The worked example with an AMBER report on 6 March and a RED one on 13 March; returns once all of it arrived. */
    private static UUID workedExample() {
        UUID project = UUID.randomUUID();
        publish(PROJECT_CREATED, project, plannedProject(project));
        milestone(project, 1, "DONE", "2026-03-05", "2026-03-05");
        milestone(project, 1, "IN_PROGRESS", "2026-03-09", null);
        milestone(project, 2, "PLANNED", "2026-03-12", null);
        report(project, "2026-03-06", "AMBER", 20);
        report(project, "2026-03-13", "RED", 40);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .queryParam("asOf", "2026-03-13").get(KPIS + project).then().statusCode(200)
                .body("schedule.milestonesTotal", is(3), "rag", is("RED")));
        return project;
    }
}
