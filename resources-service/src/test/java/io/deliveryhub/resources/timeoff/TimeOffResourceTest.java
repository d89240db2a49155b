package io.deliveryhub.resources.timeoff;

import static io.deliveryhub.platform.security.Roles.*;
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
        Api.as(TEAM_MEMBER).get("/api/v1/people/" + person + "/time-off").then().body("type", contains("VACATION", "HOLIDAY"));
        EventSchemas.assertValid(TimeOffService.RECORDED, PublishedEvents.await(person.toString(), TimeOffService.RECORDED,
                p -> id.equals(p.at("/state/id").asText())).value());
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
