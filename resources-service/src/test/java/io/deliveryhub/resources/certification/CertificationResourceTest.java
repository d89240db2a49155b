package io.deliveryhub.resources.certification;

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
class CertificationResourceTest {

    private static final Map<String, Object> AWS = Map.of("name", "AWS Solutions Architect", "issuer", "Amazon Web Services",
            "issuedOn", "2025-05-12", "expiresOn", "2028-05-12");

    @Test
    void aPersonAddsAndRemovesTheirOwnCertification() {
        UUID person = Fixtures.newPerson();
        String id = Api.withToken(TestTokens.person(person, TEAM_MEMBER)).body(AWS)
                .post("/api/v1/people/" + person + "/certifications")
                .then().statusCode(201).header("Location", containsString("/certifications/"))
                .body("issuer", is("Amazon Web Services"), "expiresOn", is("2028-05-12")).extract().path("id");
        Api.as(DELIVERY_LEAD).get("/api/v1/people/" + person + "/certifications")
                .then().statusCode(200).body("id", contains(id));
        EventSchemas.assertValid(CertificationService.ADDED,
                PublishedEvents.await(person.toString(), CertificationService.ADDED).value());

        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).delete("/api/v1/people/" + person + "/certifications/" + id)
                .then().statusCode(204);
        Api.as(ADMIN).get("/api/v1/people/" + person + "/certifications").then().body("", empty());
        EventSchemas.assertValid(CertificationService.REMOVED,
                PublishedEvents.await(person.toString(), CertificationService.REMOVED).value());
    }

    @Test
    void refusesOthersInvalidDatesAndUnknownIds() {
        UUID person = Fixtures.newPerson();
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER)).body(AWS)
                .post("/api/v1/people/" + person + "/certifications").then().statusCode(403);
        Api.as(HEAD_OF_DELIVERY).body(Map.of("name", "CKA", "issuedOn", "2026-01-02", "expiresOn", "2025-01-01"))
                .post("/api/v1/people/" + person + "/certifications")
                .then().statusCode(400).body("errors[0].field", is("expiresOn"));
        Api.as(ADMIN).body(Map.of("issuer", "CNCF")).post("/api/v1/people/" + person + "/certifications")
                .then().statusCode(400).body("errors[0].field", is("name"));
        Api.as(ADMIN).body(AWS).post("/api/v1/people/" + UUID.randomUUID() + "/certifications").then().statusCode(404);
        Api.as(ADMIN).delete("/api/v1/people/" + person + "/certifications/" + UUID.randomUUID()).then().statusCode(404);
    }
}
