package io.deliveryhub.resources.timeoff;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimeOffResourceTest {

    @Test
    void aPersonRecordsTheirOwnTimeOffAFullDayByDefault() {
        Map<String, Object> details = Fixtures.person(Fixtures.unique());
        details.put("capacityHoursPerWeek", 32);
        UUID person = Fixtures.newPerson(details);
        String id = Api.withToken(TestTokens.person(person, TEAM_MEMBER))
                .body(Map.of("from", "2026-08-03", "to", "2026-08-14", "type", "VACATION"))
                .post("/api/v1/people/" + person + "/time-off")
                .then().statusCode(201).body("hoursPerDay", is(6.4f), "type", is("VACATION")).extract().path("id");
        Api.as(ADMIN).body(Map.of("from", "2026-12-25", "to", "2026-12-25", "type", "HOLIDAY", "hoursPerDay", 4))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(201).body("hoursPerDay", is(4.0f));

        Api.as(TEAM_MEMBER).queryParam("from", "2026-08-10").queryParam("to", "2026-09-30")
                .get("/api/v1/people/" + person + "/time-off")
                .then().statusCode(200).body("id", contains(id));
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).get("/api/v1/people/" + person + "/time-off")
                .then().body("type", contains("VACATION", "HOLIDAY"));
        EventSchemas.assertValid(TimeOffService.RECORDED, PublishedEvents.await(person.toString(), TimeOffService.RECORDED,
                p -> id.equals(p.at("/state/id").asText())).value());
    }

    @Test
    void onlyThePersonAndTheirManagersSeeWhyTheyAreAway() {
        UUID person = Fixtures.newPerson();
        Api.withToken(TestTokens.person(person, TEAM_MEMBER))
                .body(Map.of("from", "2026-09-07", "to", "2026-09-11", "type", "SICK", "note", "Surgery"))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(201);
        String path = "/api/v1/people/" + person + "/time-off";

        for (String role : new String[] { TEAM_MEMBER, DELIVERY_LEAD, PROJECT_MANAGER }) {
            Api.as(role).get(path).then().statusCode(200)
                    .body("from", contains("2026-09-07"), "to", contains("2026-09-11"), "hoursPerDay", contains(8.0f),
                            "[0]", not(hasKey("type")), "[0]", not(hasKey("note")));
        }
        for (String role : new String[] { DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN }) {
            Api.as(role).get(path).then().statusCode(200).body("type", contains("SICK"), "note", contains("Surgery"));
        }
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).get(path).then().statusCode(200)
                .body("type", contains("SICK"), "note", contains("Surgery"));
    }

    @Test
    void aPersonChangesTheirTimeOffWithIfMatch() {
        UUID person = Fixtures.newPerson();
        String path = "/api/v1/people/" + person + "/time-off/" + Api.withToken(TestTokens.person(person, TEAM_MEMBER))
                .body(Map.of("from", "2026-08-03", "to", "2026-08-14", "type", "VACATION", "hoursPerDay", 4))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(201).extract().path("id");

        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"to\":\"2026-08-07\",\"hoursPerDay\":null,\"note\":\"Back a week early\"}").patch(path)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("to", is("2026-08-07"), "from", is("2026-08-03"), "hoursPerDay", is(8.0f), "note", is("Back a week early"));
        Api.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("to", "2026-08-07")).patch(path)
                .then().statusCode(200).header("ETag", "\"2\"");
        String updated = PublishedEvents.await(person.toString(), TimeOffService.UPDATED).value();
        EventSchemas.assertValid(TimeOffService.UPDATED, updated);
        assertThat(PublishedEvents.read(updated).at("/changes/to/from").asText())
                .isEqualTo("2026-08-14");

        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER)).header("If-Match", "\"2\"")
                .body(Map.of("type", "SICK")).patch(path).then().statusCode(403);
        Api.as(ADMIN).body(Map.of("type", "SICK")).patch(path).then().statusCode(428);
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("type", "SICK")).patch(path).then().statusCode(412);
        Api.as(ADMIN).header("If-Match", "\"2\"").body(Map.of("type", "NAP")).patch(path)
                .then().statusCode(400).body("errors[0].field", is("type"));
        Api.as(ADMIN).header("If-Match", "\"2\"").body(Map.of("from", "2026-08-10")).patch(path)
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).header("If-Match", "\"2\"").body(Map.of("personId", UUID.randomUUID().toString())).patch(path)
                .then().statusCode(400).body("errors[0].field", is("personId"));
        Api.as(ADMIN).header("If-Match", "\"2\"").body(Map.of("type", "SICK"))
                .patch("/api/v1/people/" + Fixtures.newPerson() + "/time-off/" + path.substring(path.lastIndexOf('/') + 1))
                .then().statusCode(404);
    }

    @Test
    void cancelsTimeOffWithAnEvent() {
        UUID person = Fixtures.newPerson();
        String id = Api.as(DELIVERY_MANAGER).body(Map.of("from", "2026-08-03", "to", "2026-08-04", "type", "SICK"))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(201).extract().path("id");
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER)).delete("/api/v1/people/" + person + "/time-off/" + id)
                .then().statusCode(403);
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).delete("/api/v1/people/" + person + "/time-off/" + id)
                .then().statusCode(204);
        Api.as(ADMIN).delete("/api/v1/people/" + person + "/time-off/" + id).then().statusCode(404);
        EventSchemas.assertValid(TimeOffService.CANCELLED,
                PublishedEvents.await(person.toString(), TimeOffService.CANCELLED).value());
    }

    @Test
    void refusesInvalidTimeOff() {
        UUID person = Fixtures.newPerson();
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER, PROJECT_MANAGER))
                .body(Map.of("from", "2026-08-03", "to", "2026-08-04", "type", "VACATION"))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(403);
        Api.as(ADMIN).body(Map.of("from", "2026-08-05", "to", "2026-08-04", "type", "VACATION"))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).body(Map.of("from", "2026-08-03", "to", "2026-08-04", "type", "PARTY"))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(400);
        Api.as(ADMIN).body(Map.of("from", "2026-08-03", "to", "2026-08-04", "type", "SICK", "hoursPerDay", 25))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(400).body("errors[0].field", is("hoursPerDay"));
        Api.as(ADMIN).body(Map.of("from", "2026-08-03", "to", "2026-08-04", "type", "SICK"))
                .post("/api/v1/people/" + UUID.randomUUID() + "/time-off").then().statusCode(404);
        Api.as(ADMIN).queryParam("from", "soon").get("/api/v1/people/" + person + "/time-off")
                .then().statusCode(400).body("errors[0].field", is("from"));
    }
}
