package io.deliveryhub.resources.person;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void addsAPersonWithDefaultCapacityAndPointsToIt() {
        String marker = Fixtures.unique();
        String location = Api.as(DELIVERY_MANAGER).body(Fixtures.person(marker))
                .post("/api/v1/people")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("name", is("Person " + marker), "capacityHoursPerWeek", is(40.0f), "version", is(1),
                        "timezone", is("Europe/Berlin"), "employmentType", is("EMPLOYEE"))
                .extract().header("Location");

        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("email", is("person-" + marker + "@example.com"));
        Api.withToken(TestTokens.integration("timesheets", INTEGRATION_TIMESHEETS)).get(location).then().statusCode(200);
    }

    @Test
    void refusesADuplicateEmailWhateverItsCase() {
        String marker = Fixtures.unique();
        Fixtures.newPerson(Fixtures.person(marker));
        Map<String, Object> twin = Fixtures.person(Fixtures.unique());
        twin.put("email", ("PERSON-" + marker + "@EXAMPLE.com"));
        Api.as(ADMIN).body(twin).post("/api/v1/people")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/duplicate-email"), "detail", containsString("already exists"));
    }

    @Test
    void refusesInvalidDetails() {
        Map<String, Object> person = Fixtures.person(Fixtures.unique());
        person.put("email", "not-an-email");
        person.put("capacityHoursPerWeek", 200);
        Api.as(ADMIN).body(person).post("/api/v1/people")
                .then().statusCode(400).body("errors.field", hasItems("email", "capacityHoursPerWeek"));

        Map<String, Object> badZone = Fixtures.person(Fixtures.unique());
        badZone.put("timezone", "Mars/Olympus");
        Api.as(ADMIN).body(badZone).post("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", is("timezone"));

        Map<String, Object> badDates = Fixtures.person(Fixtures.unique());
        badDates.put("activeFrom", "2026-05-01");
        badDates.put("activeTo", "2026-04-01");
        Api.as(ADMIN).body(badDates).post("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", is("activeTo"));

        Map<String, Object> badType = Fixtures.person(Fixtures.unique());
        badType.put("employmentType", "SLAVE");
        Api.as(ADMIN).body(badType).post("/api/v1/people").then().statusCode(400);
    }

    @Test
    void refusesAnUnknownManager() {
        Map<String, Object> person = Fixtures.person(Fixtures.unique());
        person.put("managerId", UUID.randomUUID().toString());
        Api.as(ADMIN).body(person).post("/api/v1/people")
                .then().statusCode(422).body("type", endsWith("/unknown-person"));
    }

    @Test
    void listsPeopleFilteredAndPaged() {
        String marker = Fixtures.unique();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> person = Fixtures.person(marker + "-" + i);
            person.put("practice", "Data " + marker);
            person.put("title", i == 0 ? "Architect" : "Developer");
            if (i == 2) {
                person.put("activeFrom", "2020-01-01");
                person.put("activeTo", "2021-01-01");
            }
            Fixtures.newPerson(person);
        }
        Api.as(TEAM_MEMBER).queryParam("practice", "data " + marker).queryParam("size", 2).queryParam("sort", "name,desc")
                .get("/api/v1/people")
                .then().statusCode(200).body("total", is(3), "items", hasSize(2), "items[0].name", is("Person " + marker + "-2"));
        Api.as(TEAM_MEMBER).queryParam("practice", "Data " + marker).queryParam("title", "Architect").get("/api/v1/people")
                .then().body("total", is(1), "items[0].title", is("Architect"));
        Api.as(TEAM_MEMBER).queryParam("q", marker + "-1").get("/api/v1/people")
                .then().body("total", is(1));
        Api.as(TEAM_MEMBER).queryParam("practice", "Data " + marker).queryParam("active", true).get("/api/v1/people")
                .then().body("total", is(2));
        Api.as(TEAM_MEMBER).queryParam("practice", "Data " + marker).queryParam("active", false).get("/api/v1/people")
                .then().body("total", is(1), "items[0].activeTo", is("2021-01-01"));
        Api.as(TEAM_MEMBER).queryParam("sort", "salary").get("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", is("sort"));
    }

    @Test
    void patchesWithIfMatchAndPublishesTheChange() throws Exception {
        UUID id = Fixtures.newPerson();
        Api.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("title", "Lead Developer", "capacityHoursPerWeek", 32))
                .patch("/api/v1/people/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("title", is("Lead Developer"), "capacityHoursPerWeek", is(32.0f), "version", is(2));

        ConsumerRecord<String, String> record = PublishedEvents.await(id.toString(), "deliveryhub.person.updated.v1");
        assertThat(record.key()).isEqualTo(id.toString());
        EventSchemas.assertValid("deliveryhub.person.updated.v1", record.value());
        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.at("/changes/title/from").asText()).isEqualTo("Developer");
        assertThat(payload.at("/changes/title/to").asText()).isEqualTo("Lead Developer");
        EventSchemas.assertValid("deliveryhub.person.created.v1", PublishedEvents.await(id.toString(), "deliveryhub.person.created.v1").value());
    }

    @Test
    void patchNeedsACurrentIfMatch() {
        UUID id = Fixtures.newPerson();
        Api.as(ADMIN).body(Map.of("title", "X")).patch("/api/v1/people/" + id)
                .then().statusCode(428).body("type", endsWith("/precondition-required"));
        Api.as(ADMIN).header("If-Match", "\"7\"").body(Map.of("title", "X")).patch("/api/v1/people/" + id)
                .then().statusCode(412).body("currentVersion", is(1));
    }

    @Test
    void patchRefusesADuplicateEmailAndInvalidValues() {
        String marker = Fixtures.unique();
        Fixtures.newPerson(Fixtures.person(marker));
        UUID other = Fixtures.newPerson();
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("email", "Person-" + marker + "@example.com"))
                .patch("/api/v1/people/" + other).then().statusCode(409).body("type", endsWith("/duplicate-email"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("capacityHoursPerWeek", -1))
                .patch("/api/v1/people/" + other).then().statusCode(400).body("errors[0].field", is("capacityHoursPerWeek"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("id", UUID.randomUUID().toString()))
                .patch("/api/v1/people/" + other).then().statusCode(400).body("errors[0].field", is("id"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("managerId", other.toString()))
                .patch("/api/v1/people/" + other).then().statusCode(422).body("type", endsWith("/invalid-manager"));
    }

    @Test
    void answers404ForAnUnknownPerson() {
        Api.as(ADMIN).get("/api/v1/people/" + UUID.randomUUID()).then().statusCode(404).body("type", endsWith("/not-found"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("title", "X")).patch("/api/v1/people/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void onlyPeopleManagersWritePeople() {
        Api.anonymous().get("/api/v1/people").then().statusCode(401).contentType("application/problem+json");
        Api.as(PROJECT_MANAGER, TEAM_MEMBER).body(Fixtures.person(Fixtures.unique())).post("/api/v1/people")
                .then().statusCode(403).contentType("application/problem+json");
        UUID id = Fixtures.newPerson();
        Api.withToken(TestTokens.person(id, TEAM_MEMBER)).header("If-Match", "\"1\"").body(Map.of("title", "CEO"))
                .patch("/api/v1/people/" + id).then().statusCode(403);
        Api.as(INTEGRATION_CRM).get("/api/v1/people").then().statusCode(403);
    }
}
