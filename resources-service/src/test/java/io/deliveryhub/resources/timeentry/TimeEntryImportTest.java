package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimeEntryImportTest {

    private static RequestSpecification timesheets() {
        return Api.withToken(TestTokens.integration("timesheets-test", INTEGRATION_TIMESHEETS));
    }

    private static Map<String, Object> item(UUID person, UUID project, String date, Object hours, String ref) {
        Map<String, Object> entry = Fixtures.entry(person, project, date, hours);
        entry.put("externalRef", Map.of("system", "harvest", "id", ref));
        return entry;
    }

    private static Map<String, Object> batch(List<?> entries) {
        return Map.of("entries", entries);
    }

    @Test
    void createsThenLeavesUnchangedThenUpdatesByExternalRef() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        Api.as(ADMIN).body(Map.of("effectiveFrom", "2026-01-01", "costRate", Fixtures.money("50.00")))
                .post("/api/v1/people/" + person + "/rates").then().statusCode(201);
        String a = Fixtures.unique();
        String b = Fixtures.unique();
        List<Map<String, Object>> entries = List.of(item(person, project, "2026-03-02", 8, a),
                item(person, project, "2026-03-03", 6.5, b));

        String firstId = timesheets().body(batch(entries)).post("/api/v1/time-entries/batch")
                .then().statusCode(200)
                .body("received", is(2), "created", is(2), "rejected", is(0), "results.status", contains("created", "created"),
                        "results.index", contains(0, 1))
                .extract().path("results[0].id");
        String secondId = timesheets().body(batch(entries)).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("unchanged", is(2), "results[0].id", is(firstId))
                .extract().path("results[1].id");
        Api.as(ADMIN).get("/api/v1/time-entries/" + secondId).then().statusCode(200)
                .body("personId", is(person.toString()), "projectId", is(project.toString()), "date", is("2026-03-03"),
                        "hours", is(6.5f), "billable", is(true), "status", is("SUBMITTED"), "version", is(1),
                        "cost.amount", is("325.00"), "cost.currency", is("EUR"), "externalRef.system", is("harvest"),
                        "externalRef.id", is(b), "createdAt", notNullValue(), "updatedAt", notNullValue());

        Map<String, Object> changed = new HashMap<>(entries.get(0));
        changed.put("hours", 7);
        changed.put("description", "corrected");
        timesheets().body(batch(List.of(changed, entries.get(1)))).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("results.status", contains("updated", "unchanged"));

        Api.as(ADMIN).get("/api/v1/time-entries/" + firstId).then().statusCode(200)
                .body("hours", is(7.0f), "description", is("corrected"), "version", is(2), "status", is("SUBMITTED"),
                        "cost.amount", is("350.00"), "externalRef.id", is(a));

        ConsumerRecord<String, String> created = PublishedEvents.await(project.toString(), TimeEntryImport.IMPORTED,
                p -> p.at("/state/entries/0/id").asText().equals(firstId) && p.at("/state/entries/0/version").asLong() == 1);
        EventSchemas.assertValid(TimeEntryImport.IMPORTED, created.value());
        JsonNode state = PublishedEvents.read(created.value()).get("state");
        assertThat(state.get("count").asInt()).isEqualTo(2);
        assertThat(state.at("/entries/0/cost/amount").asText()).isEqualTo("400.00");
        assertThat(state.at("/entries/0/change").asText()).isEqualTo("created");
        ConsumerRecord<String, String> updated = PublishedEvents.await(project.toString(), TimeEntryImport.IMPORTED,
                p -> p.at("/state/entries/0/id").asText().equals(firstId) && p.at("/state/entries/0/version").asLong() == 2);
        EventSchemas.assertValid(TimeEntryImport.IMPORTED, updated.value());
        assertThat(PublishedEvents.read(updated.value()).at("/state/count").asInt()).isEqualTo(1);
    }

    @Test
    void storesDescriptionsCharacterForCharacter() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        String description = "tab\there, back\\slash \\N, two\nlines\r\nand ünïcödé €";
        Map<String, Object> entry = item(person, project, "2026-03-04", 2, Fixtures.unique());
        entry.put("description", description);

        String id = timesheets().body(batch(List.of(entry))).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("results.status", contains("created")).extract().path("results[0].id");

        Api.as(ADMIN).get("/api/v1/time-entries/" + id).then().statusCode(200).body("description", is(description));
    }

    @Test
    void rejectsBadItemsOneByOneAndKeepsTheGoodOnes() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        String dup = Fixtures.unique();
        List<Object> entries = new ArrayList<>();
        entries.add(item(person, project, "2026-03-02", 8, Fixtures.unique()));            // 0 ok
        entries.add(item(person, UUID.randomUUID(), "2026-03-02", 8, Fixtures.unique())); // 1 unknown project
        entries.add(item(UUID.randomUUID(), project, "2026-03-02", 8, Fixtures.unique())); // 2 unknown person
        entries.add(item(person, project, "2026-03-02", 30, Fixtures.unique()));           // 3 hours
        entries.add(item(person, project, "not a date", 1, Fixtures.unique()));            // 4 date
        entries.add(Fixtures.entry(person, project, "2026-03-02", 1));                      // 5 no externalRef
        entries.add("just text");                                                           // 6 not an object
        entries.add(item(person, project, "2026-03-02", 10, dup));                          // 7 ok: 18 h
        entries.add(item(person, project, "2026-03-02", 7, Fixtures.unique()));            // 8 day over 24
        entries.add(item(person, project, "2026-03-03", 1, dup));                           // 9 duplicate ref
        entries.add(item(person, Fixtures.knownProject("CLOSED"), "2026-03-04", 1, Fixtures.unique())); // 10 closed
        Map<String, Object> wrongType = item(person, project, "2026-03-05", 1, Fixtures.unique());
        wrongType.put("billable", "yes");
        entries.add(wrongType);                                                             // 11 billable type

        timesheets().body(batch(entries)).post("/api/v1/time-entries/batch")
                .then().statusCode(200)
                .body("created", is(2), "rejected", is(10),
                        "results.status", contains("created", "rejected", "rejected", "rejected", "rejected", "rejected",
                                "rejected", "created", "rejected", "rejected", "rejected", "rejected"),
                        "results[1].reason", containsString("not a known project"),
                        "results[2].reason", containsString("not a known person"),
                        "results[3].reason", containsString("at most 24"),
                        "results[4].reason", containsString("YYYY-MM-DD"),
                        "results[5].reason", containsString("externalRef"),
                        "results[6].reason", containsString("JSON object"),
                        "results[8].reason", containsString("25 h on 2026-03-02"),
                        "results[9].reason", containsString("index 7"),
                        "results[10].reason", containsString("CLOSED"),
                        "results[11].reason", containsString("billable"),
                        "results[1].id", nullValue());
    }

    @Test
    void countsHoursAlreadyStoredTowardsTheDay() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        Api.as(ADMIN).body(Fixtures.entry(person, project, "2026-03-09", 20)).post("/api/v1/time-entries")
                .then().statusCode(201);
        String ref = Fixtures.unique();
        timesheets().body(batch(List.of(item(person, project, "2026-03-09", 5, ref)))).post("/api/v1/time-entries/batch")
                .then().body("results[0].status", is("rejected"));
        timesheets().body(batch(List.of(item(person, project, "2026-03-09", 4, ref)))).post("/api/v1/time-entries/batch")
                .then().body("results[0].status", is("created"));
        // Moving the imported 4 h to another day frees them; growing it in place counts only the difference.
        timesheets().body(batch(List.of(item(person, project, "2026-03-09", 4.5, ref)))).post("/api/v1/time-entries/batch")
                .then().body("results[0].status", is("rejected"));
        timesheets().body(batch(List.of(item(person, project, "2026-03-10", 24, ref)))).post("/api/v1/time-entries/batch")
                .then().body("results[0].status", is("updated"));
    }

    @Test
    void refusesAnOversizedOrShapelessBody() {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i <= TimeEntryImport.MAX_ENTRIES; i++) {
            entries.add(Map.of());
        }
        timesheets().body(batch(entries)).post("/api/v1/time-entries/batch")
                .then().statusCode(400).body("errors[0].field", is("entries"), "detail", containsString("5000"));
        timesheets().body(Map.of("items", List.of())).post("/api/v1/time-entries/batch")
                .then().statusCode(400).body("errors[0].field", is("entries"));
        timesheets().body("{\"entries\": [").post("/api/v1/time-entries/batch").then().statusCode(400);
        timesheets().body(batch(List.of())).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("received", is(0), "results", empty());
    }

    @Test
    void refusesABodyBeyondTheParsersLimitsAsBadInput() {
        timesheets().body("{\"entries\": [{\"hours\": " + "9".repeat(1_001) + "}]}").post("/api/v1/time-entries/batch")
                .then().statusCode(400).contentType("application/problem+json");
        timesheets().body("{\"entries\": [{\"description\": " + "[".repeat(1_001) + "]".repeat(1_001) + "}]}")
                .post("/api/v1/time-entries/batch").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheTimesheetIntegrationAndAdminsImport() {
        Api.as(DELIVERY_MANAGER, TEAM_MEMBER).body(batch(List.of())).post("/api/v1/time-entries/batch")
                .then().statusCode(403);
        Api.anonymous().body(batch(List.of())).post("/api/v1/time-entries/batch").then().statusCode(401);
        Api.as(ADMIN).body(batch(List.of())).post("/api/v1/time-entries/batch").then().statusCode(200);
    }
}
