package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimeEntryPatchTest {

    private static final String ENTRIES = "/api/v1/time-entries/";

    private static RequestSpecification as(UUID person) {
        return Api.withToken(TestTokens.person(person, TEAM_MEMBER));
    }

    private static String record(UUID person, UUID project, String date, Object hours) {
        return as(person).body(Fixtures.entry(person, project, date, hours)).post("/api/v1/time-entries")
                .then().statusCode(201).extract().path("id");
    }

    private static void decide(String id, String decision) {
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", decision, "reason", "Booked on the wrong project"))
                .post(ENTRIES + id + "/decision").then().statusCode(200);
    }

    @Test
    void aPersonCorrectsTheirRejectedEntryWhichIsSubmittedAgainAndCostedAnew() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        UUID rightProject = Fixtures.knownProject();
        Api.as(ADMIN).body(Map.of("effectiveFrom", "2026-01-01", "costRate", Fixtures.money("60.00")))
                .post("/api/v1/people/" + person + "/rates").then().statusCode(201);
        String id = record(person, project, "2026-03-02", 8);
        decide(id, "REJECTED");

        as(person).header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body(Map.of("hours", 6, "projectId", rightProject.toString(), "description", "Payment API review"))
                .patch(ENTRIES + id)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("status", is("SUBMITTED"), "hours", is(6.0f), "projectId", is(rightProject.toString()),
                        "description", is("Payment API review"), "decidedBy", nullValue(),
                        "decisionReason", nullValue(), "cost", nullValue());
        ProjectStaff.as(DELIVERY_MANAGER).get(ENTRIES + id).then().body("cost.amount", is("360.00"), "version", is(3));

        ConsumerRecord<String, String> event = PublishedEvents.await(rightProject.toString(), TimeEntryService.UPDATED,
                p -> id.equals(p.at("/state/id").asText()) && p.path("version").asInt() == 3);
        EventSchemas.assertValid(TimeEntryService.UPDATED, event.value());
        JsonNode payload = PublishedEvents.read(event.value());
        assertThat(payload.at("/changes/status/from").asText()).isEqualTo("REJECTED");
        assertThat(payload.at("/changes/status/to").asText()).isEqualTo("SUBMITTED");
        assertThat(payload.at("/changes/projectId/from").asText()).isEqualTo(project.toString());
        assertThat(payload.at("/changes/cost/to/amount").asText()).isEqualTo("360.00");
    }

    @Test
    void aSubmittedEntryChangesWithoutANewVersionWhenNothingChanges() {
        UUID person = Fixtures.newPerson();
        String id = record(person, Fixtures.knownProject(), "2026-03-02", 7.5);
        as(person).header("If-Match", "\"1\"").body(Map.of("hours", "7.50", "billable", true)).patch(ENTRIES + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", is(1));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("billable", false)).patch(ENTRIES + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("billable", is(false), "status", is("SUBMITTED"));
    }

    @Test
    void anApprovedEntryIsFinalAndOthersEntriesAreNotYours() {
        UUID person = Fixtures.newPerson();
        String id = record(person, Fixtures.knownProject(), "2026-03-02", 8);
        as(UUID.randomUUID()).header("If-Match", "\"1\"").body(Map.of("hours", 4)).patch(ENTRIES + id)
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER)).header("If-Match", "\"1\"")
                .body(Map.of("hours", 4)).patch(ENTRIES + id).then().statusCode(403);
        Api.as(INTEGRATION_TIMESHEETS).header("If-Match", "\"1\"").body(Map.of("hours", 4)).patch(ENTRIES + id)
                .then().statusCode(403);
        Api.anonymous().header("If-Match", "\"1\"").body(Map.of("hours", 4)).patch(ENTRIES + id).then().statusCode(401);

        decide(id, "APPROVED");
        as(person).header("If-Match", "\"2\"").body(Map.of("hours", 4)).patch(ENTRIES + id)
                .then().statusCode(409).body("type", endsWith("/time-entry-approved"), "detail", containsString("approved"));
        Api.as(ADMIN).header("If-Match", "\"2\"").body(Map.of("hours", 4)).patch(ENTRIES + id)
                .then().statusCode(409);
    }

    @Test
    void refusesAPatchWithoutTheCurrentVersionOrWithBadFields() {
        UUID person = Fixtures.newPerson();
        String id = record(person, Fixtures.knownProject(), "2026-03-02", 8);
        as(person).body(Map.of("hours", 4)).patch(ENTRIES + id).then().statusCode(428);
        as(person).header("If-Match", "\"5\"").body(Map.of("hours", 4)).patch(ENTRIES + id)
                .then().statusCode(412).body("currentVersion", is(1));
        as(person).header("If-Match", "\"1\"").body(Map.of("personId", UUID.randomUUID().toString()))
                .patch(ENTRIES + id).then().statusCode(400).body("errors[0].field", is("personId"));
        as(person).header("If-Match", "\"1\"").body(Map.of("externalRef", Map.of("system", "x", "id", "y")))
                .patch(ENTRIES + id).then().statusCode(400).body("errors[0].field", is("externalRef"));
        as(person).header("If-Match", "\"1\"").body(Map.of("status", "APPROVED"))
                .patch(ENTRIES + id).then().statusCode(400).body("errors[0].field", is("status"));
        for (Object hours : new Object[] { 0, 24.5, 1.234 }) {
            as(person).header("If-Match", "\"1\"").body(Map.of("hours", hours)).patch(ENTRIES + id)
                    .then().statusCode(400).body("errors[0].field", is("hours"));
        }
        as(person).header("If-Match", "\"1\"").body(Map.of("date", "someday")).patch(ENTRIES + id)
                .then().statusCode(400).body("errors[0].field", is("date"));
        as(person).header("If-Match", "\"1\"").body("[1]").contentType("application/json").patch(ENTRIES + id)
                .then().statusCode(400);
        as(person).header("If-Match", "\"1\"").body(Map.of("projectId", UUID.randomUUID().toString()))
                .patch(ENTRIES + id).then().statusCode(422).body("type", endsWith("/unknown-project"));
        as(person).header("If-Match", "\"1\"").body(Map.of("projectId", Fixtures.knownProject("CLOSED").toString()))
                .patch(ENTRIES + id).then().statusCode(422).body("type", endsWith("/project-ended"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("hours", 4)).patch(ENTRIES + UUID.randomUUID())
                .then().statusCode(404);
        ProjectStaff.as(DELIVERY_MANAGER).get(ENTRIES + id).then().body("version", is(1), "hours", is(8.0f));
    }

    @Test
    void aCorrectionStillKeepsThePersonsDayAtMost24Hours() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        record(person, project, "2026-03-03", 16);
        String id = record(person, project, "2026-03-03", 6);
        String elsewhere = record(person, project, "2026-03-04", 20);

        as(person).header("If-Match", "\"1\"").body(Map.of("hours", 9)).patch(ENTRIES + id)
                .then().statusCode(409).body("type", endsWith("/day-over-24-hours"), "detail", containsString("16 h"));
        as(person).header("If-Match", "\"1\"").body(Map.of("hours", 8)).patch(ENTRIES + id)
                .then().statusCode(200).body("hours", is(8.0f));
        as(person).header("If-Match", "\"1\"").body(Map.of("date", "2026-03-03")).patch(ENTRIES + elsewhere)
                .then().statusCode(409).body("type", endsWith("/day-over-24-hours"));
        decide(id, "REJECTED");
        // Rejected hours no longer count, and resubmitting them counts them again.
        as(person).header("If-Match", "\"1\"").body(Map.of("date", "2026-03-03", "hours", 8)).patch(ENTRIES + elsewhere)
                .then().statusCode(200);
        as(person).header("If-Match", "\"3\"").body(Map.of("hours", 1)).patch(ENTRIES + id)
                .then().statusCode(409).body("type", endsWith("/day-over-24-hours"));
    }

    @Test
    void timeCanOnlyBeLoggedOnDaysThePersonIsActive() {
        Map<String, Object> details = Fixtures.person(Fixtures.unique());
        details.put("activeFrom", "2026-03-02");
        details.put("activeTo", "2026-03-31");
        UUID person = Fixtures.newPerson(details);
        UUID project = Fixtures.knownProject();
        as(person).body(Fixtures.entry(person, project, "2026-04-01", 8)).post("/api/v1/time-entries")
                .then().statusCode(422).body("type", endsWith("/person-inactive"),
                        "detail", allOf(containsString("active from 2026-03-02 to 2026-03-31"), containsString("2026-04-01")));
        as(person).body(Fixtures.entry(person, project, "2026-02-27", 8)).post("/api/v1/time-entries")
                .then().statusCode(422).body("type", endsWith("/person-inactive"));
        String id = record(person, project, "2026-03-31", 8);
        as(person).header("If-Match", "\"1\"").body(Map.of("date", "2026-04-01")).patch(ENTRIES + id)
                .then().statusCode(422).body("type", endsWith("/person-inactive"));

        Map<String, Object> late = Fixtures.entry(person, project, "2026-04-02", 8);
        late.put("externalRef", Map.of("system", "harvest", "id", Fixtures.unique()));
        Map<String, Object> inTime = Fixtures.entry(person, project, "2026-03-30", 8);
        inTime.put("externalRef", Map.of("system", "harvest", "id", Fixtures.unique()));
        Api.withToken(TestTokens.integration("timesheets-test", INTEGRATION_TIMESHEETS))
                .body(Map.of("entries", List.of(late, inTime))).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("results.status", contains("rejected", "created"),
                        "results[0].reason", containsString("active from 2026-03-02 to 2026-03-31"));
    }
}
