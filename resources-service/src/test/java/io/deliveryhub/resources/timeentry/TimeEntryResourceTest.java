package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimeEntryResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static String record(UUID personId, Map<String, Object> entry) {
        return Api.withToken(TestTokens.person(personId, TEAM_MEMBER)).body(entry).post("/api/v1/time-entries")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aPersonLogsTheirOwnTimeAndItIsCostedAtTheirRate() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        Api.as(ADMIN).body(Map.of("effectiveFrom", "2026-01-01", "costRate", Fixtures.money("65.00")))
                .post("/api/v1/people/" + person + "/rates").then().statusCode(201);
        Map<String, Object> entry = Fixtures.entry(person, project, "2026-03-02", 7.5);
        entry.put("description", "Payment API design");
        entry.put("externalRef", Map.of("system", "manual", "id", Fixtures.unique()));

        String location = Api.withToken(TestTokens.person(person, TEAM_MEMBER)).body(entry).post("/api/v1/time-entries")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("status", is("SUBMITTED"), "hours", is(7.5f), "billable", is(true), "costed", is(true),
                        "cost", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        ProjectStaff.as(DELIVERY_MANAGER).get(location).then().statusCode(200)
                .body("cost.amount", is("487.50"), "cost.currency", is("EUR"), "externalRef.system", is("manual"));

        ConsumerRecord<String, String> event = PublishedEvents.await(project.toString(), TimeEntryService.RECORDED,
                p -> id.equals(p.at("/state/id").asText()));
        EventSchemas.assertValid(TimeEntryService.RECORDED, event.value());
        JsonNode state = PublishedEvents.read(event.value()).get("state");
        assertThat(state.at("/cost/amount").asText()).isEqualTo("487.50");
        assertThat(state.get("hours").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(state.get("personId").asText()).isEqualTo(person.toString());
    }

    @Test
    void theProjectManagerOfTheEntrysProjectSeesItsCostAndThePersonWhoLoggedItDoesNot() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        Api.as(ADMIN).body(Map.of("effectiveFrom", "2026-01-01", "costRate", Fixtures.money("65.00")))
                .post("/api/v1/people/" + person + "/rates").then().statusCode(201);
        String id = record(person, Fixtures.entry(person, project, "2026-03-02", 4));

        ProjectStaff.as(PROJECT_MANAGER).get("/api/v1/time-entries/" + id).then().statusCode(200)
                .body("cost.amount", is("260.00"));
        ProjectStaff.as(PROJECT_MANAGER).queryParam("projectId", project.toString()).get("/api/v1/time-entries")
                .then().statusCode(200).body("items", hasSize(1), "items[0].cost.amount", is("260.00"));
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).get("/api/v1/time-entries/" + id).then()
                .statusCode(200).body("cost", nullValue(), "costed", is(true));
    }

    @Test
    void anEntryWithoutARateIsFlaggedUncosted() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        ProjectStaff.as(DELIVERY_MANAGER).body(Fixtures.entry(person, project, "2026-03-02", 4)).post("/api/v1/time-entries")
                .then().statusCode(201).body("cost", nullValue(), "costed", is(false));
    }

    @Test
    void peopleMayNotLogTimeForOthers() {
        UUID person = Fixtures.newPerson();
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER, PROJECT_MANAGER))
                .body(Fixtures.entry(person, Fixtures.knownProject(), "2026-03-02", 4)).post("/api/v1/time-entries")
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        Api.as(INTEGRATION_TIMESHEETS).body(Fixtures.entry(person, Fixtures.knownProject(), "2026-03-02", 4))
                .post("/api/v1/time-entries").then().statusCode(403);
        Api.anonymous().body(Fixtures.entry(person, Fixtures.knownProject(), "2026-03-02", 4))
                .post("/api/v1/time-entries").then().statusCode(401);
    }

    @Test
    void refusesUnknownProjectsPeopleAndClosedProjects() {
        UUID person = Fixtures.newPerson();
        Api.as(ADMIN).body(Fixtures.entry(person, UUID.randomUUID(), "2026-03-02", 4)).post("/api/v1/time-entries")
                .then().statusCode(422).body("type", endsWith("/unknown-project"));
        Api.as(ADMIN).body(Fixtures.entry(UUID.randomUUID(), Fixtures.knownProject(), "2026-03-02", 4))
                .post("/api/v1/time-entries").then().statusCode(422).body("type", endsWith("/unknown-person"));
        Api.as(ADMIN).body(Fixtures.entry(person, Fixtures.knownProject("CANCELLED"), "2026-03-02", 4))
                .post("/api/v1/time-entries").then().statusCode(422).body("type", endsWith("/project-ended"));
    }

    @Test
    void refusesHoursOutOfRange() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        for (Object hours : new Object[] { 0, -1, 24.5, 1.234 }) {
            Api.as(ADMIN).body(Fixtures.entry(person, project, "2026-03-02", hours)).post("/api/v1/time-entries")
                    .then().statusCode(400).body("errors[0].field", is("hours"));
        }
        Api.as(ADMIN).body(Fixtures.entry(person, project, "2026-13-02", 1)).post("/api/v1/time-entries")
                .then().statusCode(400);
    }

    @Test
    void aPersonsDayHoldsAtMost24Hours() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        record(person, Fixtures.entry(person, project, "2026-03-03", 16));
        record(person, Fixtures.entry(person, Fixtures.knownProject(), "2026-03-03", 8));
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).body(Fixtures.entry(person, project, "2026-03-03", 0.25))
                .post("/api/v1/time-entries")
                .then().statusCode(409).body("type", endsWith("/day-over-24-hours"), "detail", containsString("24 h"));
        record(person, Fixtures.entry(person, project, "2026-03-04", 24));
    }

    @Test
    void entriesLoggedAtOnceCannotTogetherOverfillADay() throws Exception {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(callers.submit(() -> Api.withToken(TestTokens.person(person, TEAM_MEMBER))
                        .body(Fixtures.entry(person, project, "2026-03-06", 13)).post("/api/v1/time-entries")
                        .then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void anEntryWaitingForThePersonSeesTheHoursCommittedByTheHolder() throws Exception {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            long holderPid;
            try (Statement statement = holder.createStatement()) {
                statement.execute("select 1 from person where id = '" + person + "' for no key update");
                try (ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
                    pid.next();
                    holderPid = pid.getLong(1);
                }
                statement.execute("insert into time_entry (id, person_id, project_id, entry_date, hours, billable, status,"
                        + " version, created_at, updated_at) values (gen_random_uuid(), '" + person + "', '" + project
                        + "', '2026-03-09', 20, true, 'SUBMITTED', 1, now(), now())");
            }
            Future<Integer> answer = caller.submit(() -> Api.withToken(TestTokens.person(person, TEAM_MEMBER))
                    .body(Fixtures.entry(person, project, "2026-03-09", 8)).post("/api/v1/time-entries")
                    .then().extract().statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> someoneWaitsFor(holderPid));

            holder.commit();

            // 20 h committed while the request waited for the lock: its read of the day comes after the lock
            assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(409);
        } finally {
            caller.shutdownNow();
        }
    }

    /** Whether a session waits for a lock the session with this process id holds. */
    private boolean someoneWaitsFor(long holderPid) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where " + holderPid
                        + " = any(pg_blocking_pids(pid))")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    @Test
    void rejectedHoursFreeTheDay() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        String id = record(person, Fixtures.entry(person, project, "2026-03-05", 20));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "REJECTED", "reason", "Wrong project"))
                .post("/api/v1/time-entries/" + id + "/decision").then().statusCode(200);
        record(person, Fixtures.entry(person, project, "2026-03-05", 20));
    }

    @Test
    void refusesADuplicateExternalRef() {
        UUID person = Fixtures.newPerson();
        Map<String, Object> entry = Fixtures.entry(person, Fixtures.knownProject(), "2026-03-02", 1);
        entry.put("externalRef", Map.of("system", "manual", "id", Fixtures.unique()));
        record(person, entry);
        Api.as(ADMIN).body(entry).post("/api/v1/time-entries").then().statusCode(409)
                .body("type", endsWith("/duplicate-external-ref"));
    }

    @Test
    void approvesASubmittedEntryOnceAndPublishesTheDecision() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        String id = record(person, Fixtures.entry(person, project, "2026-03-02", 8));

        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "APPROVED")).post("/api/v1/time-entries/" + id + "/decision")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", is("APPROVED"), "decidedBy", startsWith("person-"));
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("decision", "REJECTED", "reason", "late"))
                .post("/api/v1/time-entries/" + id + "/decision")
                .then().statusCode(409).body("type", endsWith("/illegal-transition"), "detail", containsString("APPROVED"));

        ConsumerRecord<String, String> event = PublishedEvents.await(project.toString(), TimeEntryService.DECIDED,
                p -> id.equals(p.at("/state/id").asText()));
        EventSchemas.assertValid(TimeEntryService.DECIDED, event.value());
        assertThat(PublishedEvents.read(event.value()).at("/changes/status/to").asText()).isEqualTo("APPROVED");
    }

    @Test
    void decisionsNeedTheRightRoleAndAReasonToReject() {
        UUID person = Fixtures.newPerson();
        String id = record(person, Fixtures.entry(person, Fixtures.knownProject(), "2026-03-02", 8));
        Api.as(DELIVERY_LEAD, TEAM_MEMBER).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/time-entries/" + id + "/decision").then().statusCode(403);
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "REJECTED")).post("/api/v1/time-entries/" + id + "/decision")
                .then().statusCode(400).body("errors[0].field", is("reason"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "SUBMITTED")).post("/api/v1/time-entries/" + id + "/decision")
                .then().statusCode(400).body("errors[0].field", is("decision"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "MAYBE")).post("/api/v1/time-entries/" + id + "/decision")
                .then().statusCode(400);
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/time-entries/" + UUID.randomUUID() + "/decision").then().statusCode(404);
    }

    @Test
    void listsEntriesByPersonProjectPeriodAndStatus() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        record(person, Fixtures.entry(person, project, "2026-03-02", 1));
        record(person, Fixtures.entry(person, project, "2026-03-03", 2));
        String third = record(person, Fixtures.entry(person, Fixtures.knownProject(), "2026-03-04", 3));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "APPROVED")).post("/api/v1/time-entries/" + third + "/decision")
                .then().statusCode(200);

        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).queryParam("personId", person.toString()).get("/api/v1/time-entries")
                .then().statusCode(200).body("total", is(3), "items.date", contains("2026-03-02", "2026-03-03", "2026-03-04"));
        Api.as(INTEGRATION_TIMESHEETS).queryParam("projectId", project.toString()).queryParam("from", "2026-03-03")
                .get("/api/v1/time-entries").then().body("total", is(1), "items[0].hours", is(2.0f));
        Api.as(ADMIN).queryParam("personId", person.toString()).queryParam("status", "APPROVED").queryParam("to", "2026-03-31")
                .get("/api/v1/time-entries").then().body("total", is(1), "items[0].id", is(third));
        Api.as(ADMIN).queryParam("status", "DONE").get("/api/v1/time-entries").then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.as(ADMIN).queryParam("from", "yesterday").get("/api/v1/time-entries").then().statusCode(400)
                .body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("personId", "jane").get("/api/v1/time-entries").then().statusCode(400)
                .body("errors[0].field", is("personId"));
        Api.as(ADMIN).get("/api/v1/time-entries/" + UUID.randomUUID()).then().statusCode(404);
    }
}
