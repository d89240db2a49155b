package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.metrics.KpiFeed.*;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.ResourceFeed;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.projectkpi.KpiTally;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummaries;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummary;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A past day's portfolio is kept once computed (V51) and added up by the database: asked again, it must answer what it
 * answered the first time, from the facts, and what adding up the projects' KPIs one by one answers; a fact dated on
 * or before the day must still change it. A day the day keeper kept ahead must answer alike without computing. One delivery manager's portfolio per test: kpis.md's worked example (planned
 * 2–12 March 2026, BAC 10000 EUR, milestones 1 DONE on 5 March, 1 due 9 March, 2 due 12 March), an AMBER report on 6
 * March and two feedback responses; some tests add projects whose status, baseline and time move around the day.
 */
@QuarkusTest
class PortfolioHistoryResourceTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio";
    private static final String DAY = "2026-03-06";
    private static final String LATER = "2026-03-11";
    /** Books the moved project's time: a month of one person's time that the day cuts through. */
    private static final UUID PERSON = UUID.randomUUID();

    @Inject
    ProjectKpiSummaries summaries;
    @Inject
    BaseCurrency baseCurrency;
    @Inject
    ObjectMapper json;
    @Inject
    PastDayKeeper keeper;

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

    @Test
    void addsUpAPastDayAsItsProjectsKpisAddUpOneByOne() throws Exception {
        UUID manager = UUID.randomUUID();
        moving(manager);

        JsonNode computed = withoutAlerts(pastDay(manager, DAY));
        JsonNode kept = withoutAlerts(pastDay(manager, DAY));

        assertThat(kept).isEqualTo(computed);
        assertThat(figures(computed)).isEqualTo(oneByOne(manager, DAY));
        // each in its status of the day; the project created since in its status of today
        assertThat(computed.at("/projects/byStatus")).isEqualTo(new ObjectMapper().readTree("""
                {"ACTIVE":2,"CLOSED":1,"PROPOSED":1}"""));
        // 800 + 800 before the day and 400 in February; the entry of 9 March comes after it
        assertThat(computed.at("/budget/0/ac").asText()).isEqualTo("2000.00");
        // kept one by one first, then added up by the database: the moved project is ON_HOLD, re-baselined
        JsonNode later = oneByOne(manager, LATER);
        assertThat(figures(withoutAlerts(pastDay(manager, LATER)))).isEqualTo(later);
        assertThat(later.at("/projects/byStatus")).isEqualTo(new ObjectMapper().readTree("""
                {"ACTIVE":1,"CLOSED":1,"ON_HOLD":1,"PROPOSED":1}"""));
        assertThat(later.at("/budget/0/ac").asText()).isEqualTo("2800.00");
    }

    @Test
    void recomputesAKeptPastDayWhenATimeEntryDatedBeforeItArrives() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID moved = moving(manager);
        assertThat(withoutAlerts(pastDay(manager, DAY)).at("/budget/0/ac").asText()).isEqualTo("2000.00");

        timeEntry(moved, PERSON, "2026-03-04", 4, "400.00", "APPROVED");

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                withoutAlerts(pastDay(manager, DAY)).at("/budget/0/ac").asText()).isEqualTo("2400.00"));
        assertThat(figures(withoutAlerts(pastDay(manager, DAY)))).isEqualTo(oneByOne(manager, DAY));
    }

    @Test
    void answersADayTheKeeperKeptAheadAsItsProjectsKpisAddUpOneByOne() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID moved = moving(manager);
        LocalDate day = LocalDate.parse(DAY);

        keeper.keep(day, day);

        Object computedAt = computedAt(moved);
        assertThat(computedAt).as("KPIs kept ahead of any read").isNotNull();
        assertThat(financialsKept(moved)).as("financials kept ahead of any read").isTrue();
        JsonNode read = withoutAlerts(pastDay(manager, DAY));
        assertThat(computedAt(moved)).as("the read computes nothing").isEqualTo(computedAt);
        assertThat(figures(read)).isEqualTo(oneByOne(manager, DAY));
        assertThat(read.at("/budget/0/ac").asText()).isEqualTo("2000.00");

        // a time entry dated before the kept day: the keeper's next look computes the moved project's row again
        timeEntry(moved, PERSON, "2026-03-04", 4, "400.00", "APPROVED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
            keeper.keep(day, day);
            return !computedAt.equals(computedAt(moved));
        });
        Object recomputedAt = computedAt(moved);
        JsonNode again = withoutAlerts(pastDay(manager, DAY));
        assertThat(computedAt(moved)).as("the read computes nothing").isEqualTo(recomputedAt);
        assertThat(again.at("/budget/0/ac").asText()).isEqualTo("2400.00");
        assertThat(figures(again)).isEqualTo(oneByOne(manager, DAY));
    }

    @Test
    void keepsAKeptPastDayThroughFactsDatedAfterItAndComputesItAgainForOneDatedBefore() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID moved = moving(manager);
        LocalDate day = LocalDate.parse(DAY);
        keeper.keep(day, day);
        Object computedAt = computedAt(moved);
        Object financialsAt = financialsComputedAt(moved);

        // after the day: a time entry, its approval and a status report change nothing of it
        UUID later = UUID.randomUUID();
        timeEntry(later, moved, "2026-03-10", "SUBMITTED");
        timeEntry(later, moved, "2026-03-10", "APPROVED");
        report(moved, "2026-03-12", "GREEN", 60);
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(applied(manager)).containsExactly(4L, 7L, 2L, 5L, 3L, 6L);
            assertThat(entryStatus(later)).isEqualTo("APPROVED");
        });
        keeper.keep(day, day);
        JsonNode kept = withoutAlerts(pastDay(manager, DAY));
        assertThat(computedAt(moved)).as("KPIs still kept").isEqualTo(computedAt);
        assertThat(financialsComputedAt(moved)).as("financials still kept").isEqualTo(financialsAt);
        assertThat(kept.at("/budget/0/ac").asText()).isEqualTo("2000.00");
        assertThat(kept).isEqualTo(fromScratch(manager));

        // on or before the day: computed again, by the keeper or the next read, whichever comes first
        timeEntry(moved, PERSON, "2026-03-06", 4, "400.00", "APPROVED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                withoutAlerts(pastDay(manager, DAY)).at("/budget/0/ac").asText()).isEqualTo("2400.00"));
        assertThat(computedAt(moved)).isNotEqualTo(computedAt);
        assertThat(financialsComputedAt(moved)).isNotEqualTo(financialsAt);
        assertThat(withoutAlerts(pastDay(manager, DAY))).isEqualTo(fromScratch(manager));
    }

    @Test
    void computesAKeptPastDayAgainWhenAnUpdatedEntryMayHaveLeftIt() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID moved = moving(manager);
        UUID entry = UUID.randomUUID();
        timeEntry(entry, moved, "2026-03-05", "APPROVED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(applied(manager))
                .containsExactly(4L, 7L, 2L, 5L, 2L, 6L));
        assertThat(withoutAlerts(pastDay(manager, DAY)).at("/budget/0/ac").asText()).isEqualTo("2100.00");

        // moved from 5 to 10 March: its event carries only the new date, so any day may have changed
        ResourceFeed.publish(ResourceFeed.TIME_ENTRY_UPDATED, moved, ResourceFeed.timeEntry(
                ResourceFeed.TIME_ENTRY_UPDATED, entry, 3, moved, PERSON, LocalDate.parse("2026-03-10"), 1, "100.00",
                true, "SUBMITTED"));

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                withoutAlerts(pastDay(manager, DAY)).at("/budget/0/ac").asText()).isEqualTo("2000.00"));
        assertThat(withoutAlerts(pastDay(manager, DAY))).isEqualTo(fromScratch(manager));
    }

    /** The manager's portfolio of the day computed again from the facts, its kept rows forgotten. */
    private static JsonNode fromScratch(UUID manager) throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("project_kpi_history", "project_financials")) {
                Project.getEntityManager().createNativeQuery("delete from " + table + " k using project p"
                        + " where p.id = k.project_id and p.delivery_manager_id = ?1 and k.as_of = cast(?2 as date)")
                        .setParameter(1, manager).setParameter(2, DAY).executeUpdate();
            }
        });
        return withoutAlerts(pastDay(manager, DAY));
    }

    /** An hour on the day, by {@link #PERSON}, at this version of the entry (1, 2, ...). */
    private static void timeEntry(UUID entry, UUID project, String day, String status) {
        long version = "SUBMITTED".equals(status) ? 1 : 2;
        String type = version == 1 ? ResourceFeed.TIME_ENTRY_RECORDED : ResourceFeed.TIME_ENTRY_DECIDED;
        ResourceFeed.publish(type, project, ResourceFeed.timeEntry(type, entry, version, project, PERSON,
                LocalDate.parse(day), 1, "100.00", true, status));
    }

    /**
     * The worked example and three projects around it: moved (PLANNING from 1 March, ACTIVE from 4 March, ON_HOLD from
     * 10 March; baselined on 3 March and re-baselined on 8 March; one person's time on 3, 5 and 9 March and a
     * REJECTED entry; a late milestone and a RED report), closed (ACTIVE from 1 February, CLOSED from 5 March; time in February) and a project proposed today.
     *
     * @return moved
     */
    private static UUID moving(UUID manager) {
        workedExample(manager);
        UUID moved = UUID.randomUUID();
        publishAt("2026-03-01", PROJECT_CREATED, moved, managed(moved, manager, 1, "PLANNING"));
        publishAt("2026-03-04", PROJECT_STATUS_CHANGED, moved, managed(moved, manager, 2, "ACTIVE"));
        publishAt("2026-03-10", PROJECT_STATUS_CHANGED, moved, managed(moved, manager, 3, "ON_HOLD"));
        baseline(moved, 1, "2026-03-03T09:00:00Z", "2026-03-14", "12000.00");
        baseline(moved, 2, "2026-03-08T09:00:00Z", "2026-03-20", "20000.00");
        milestone(moved, 1, "DONE", "2026-03-04", "2026-03-04");
        milestone(moved, 1, "PLANNED", "2026-03-05", null);
        report(moved, "2026-03-05", "RED", 30);
        timeEntry(moved, PERSON, "2026-03-03", 8, "800.00", "APPROVED");
        timeEntry(moved, PERSON, "2026-03-05", 8, "800.00", "APPROVED");
        timeEntry(moved, PERSON, "2026-03-05", 8, "800.00", "REJECTED");
        timeEntry(moved, PERSON, "2026-03-09", 8, "800.00", "APPROVED");
        UUID closed = UUID.randomUUID();
        publishAt("2026-02-01", PROJECT_CREATED, closed, managed(closed, manager, 1, "ACTIVE"));
        publishAt("2026-03-05", PROJECT_STATUS_CHANGED, closed, managed(closed, manager, 2, "CLOSED"));
        timeEntry(closed, UUID.randomUUID(), "2026-02-20", 4, "400.00", "APPROVED");
        UUID proposed = UUID.randomUUID();
        publish(PROJECT_CREATED, proposed, managed(proposed, manager, 1, "PROPOSED"));
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(applied(manager))
                .as("projects, status changes, baselines, milestones, reports, time entries")
                .containsExactly(4L, 7L, 2L, 5L, 2L, 5L));
        return moved;
    }

    /** The worked example's plan, as this manager's project in this status and version. */
    private static ObjectNode managed(UUID project, UUID manager, long version, String status) {
        ObjectNode payload = plannedProject(project);
        payload.put("version", version);
        state(payload).put("version", version).put("status", status).put("deliveryManagerId", manager.toString());
        return payload;
    }

    private static void publishAt(String day, String type, UUID project, ObjectNode payload) {
        EventFeed.publishAt(Instant.parse(day + "T10:00:00Z"), Topics.PROJECTS, type, project.toString(), payload);
    }

    private static void timeEntry(UUID project, UUID person, String day, double hours, String cost, String status) {
        ResourceFeed.publish(ResourceFeed.TIME_ENTRY_RECORDED, project, ResourceFeed.timeEntry(
                ResourceFeed.TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person, LocalDate.parse(day), hours,
                cost, true, status));
    }

    private static List<Long> applied(UUID manager) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] counts = (Object[]) Project.getEntityManager().createNativeQuery("""
                    select (select count(*) from project p where p.delivery_manager_id = ?1),
                           (select count(*) from project_status_history h join project p on p.id = h.project_id
                            where p.delivery_manager_id = ?1),
                           (select count(*) from project_baseline b join project p on p.id = b.project_id
                            where p.delivery_manager_id = ?1),
                           (select count(*) from project_milestone m join project p on p.id = m.project_id
                            where p.delivery_manager_id = ?1),
                           (select count(*) from project_status_report r join project p on p.id = r.project_id
                            where p.delivery_manager_id = ?1),
                           (select count(*) from project_time_entry e join project p on p.id = e.project_id
                            where p.delivery_manager_id = ?1)""").setParameter(1, manager).getSingleResult();
            return Arrays.stream(counts).map(count -> ((Number) count).longValue()).toList();
        });
    }

    /** What the database added up, and the projects listed as most at risk (their health, not their reasons). */
    private ObjectNode figures(JsonNode portfolio) {
        ObjectNode figures = json.createObjectNode();
        for (String section : List.of("projects", "health", "milestones", "costAndSchedule", "budget",
                "clientFeedback")) {
            figures.set(section, portfolio.get(section));
        }
        var atRisk = figures.putArray("mostAtRisk");
        portfolio.get("mostAtRisk").forEach(project -> atRisk.addObject()
                .put("projectId", project.get("projectId").asText()).put("healthScore", project.get("healthScore").asInt()));
        return figures;
    }

    /** The same figures from the manager's projects' KPIs of the day one by one, added up in Java. */
    private ObjectNode oneByOne(UUID manager, String day) throws Exception {
        List<ProjectKpiSummary> projects = QuarkusTransaction.requiringNew().call(() -> summaries.asOf(
                LocalDate.parse(day), new ProjectFilter(manager, null, null)));
        List<KpiTally> tallies = projects.stream().map(KpiTally::of).toList();
        ObjectNode document = json.createObjectNode();
        document.set("projects", tree(PortfolioFigures.projects(tallies)));
        document.set("health", tree(PortfolioFigures.health(tallies)));
        document.set("milestones", tree(PortfolioFigures.milestones(tallies)));
        document.set("costAndSchedule", tree(PortfolioFigures.costAndSchedule(tallies)));
        document.set("budget", tree(PortfolioFigures.budgets(tallies, baseCurrency.code())));
        document.set("clientFeedback", tree(PortfolioFigures.feedback(tallies)));
        var atRisk = document.putArray("mostAtRisk");
        PortfolioFigures.mostAtRisk(projects).forEach(project -> atRisk.addObject()
                .put("projectId", project.projectId().toString()).put("healthScore", project.healthScore()));
        return figures(document);
    }

    /** Written as the document is, read back as {@link #withoutAlerts} reads it, so that numbers compare alike. */
    private JsonNode tree(Object figures) throws Exception {
        return new ObjectMapper().readTree(json.writeValueAsString(figures));
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
        return pastDay(manager, DAY);
    }

    private static String pastDay(UUID manager, String day) {
        return Api.as(HEAD_OF_DELIVERY).queryParam("deliveryManagerId", manager).queryParam("asOf", day)
                .get(PORTFOLIO).then().statusCode(200).extract().asString();
    }

    /** The open alerts are counted now, whatever the day: the alert rules may raise one between two reads. */
    private static JsonNode withoutAlerts(String portfolio) throws Exception {
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(portfolio);
        document.remove("openAlerts");
        return document;
    }

    private static boolean financialsKept(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Project.getEntityManager().createNativeQuery(
                "select count(*) from project_financials where project_id = ?1 and as_of = cast(?2 as date)")
                .setParameter(1, project).setParameter(2, DAY).getSingleResult()).longValue() == 1);
    }

    private static Object entryStatus(UUID entry) {
        return QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager().createNativeQuery(
                "select max(status) from project_time_entry where id = ?1").setParameter(1, entry).getSingleResult());
    }

    private static Object financialsComputedAt(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager().createNativeQuery(
                "select max(computed_at) from project_financials where project_id = ?1 and as_of = cast(?2 as date)")
                .setParameter(1, project).setParameter(2, DAY).getSingleResult());
    }

    private static Object computedAt(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager().createNativeQuery(
                "select max(computed_at) from project_kpi_history where project_id = ?1 and as_of = cast(?2 as date)")
                .setParameter(1, project).setParameter(2, DAY).getSingleResult());
    }
}
