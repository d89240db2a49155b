package io.deliveryhub.gateway.webhook;

import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookSubscriptionsTest {

    private static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void createsASubscriptionShowingItsSecretOnceThenReadsItWithoutTheSecret() {
        UUID project = UUID.randomUUID();
        ExtractableResponse<Response> created = Callers.admin().contentType("application/json")
                .body(subscription("https://hooks.example.com/deliveryhub", "deliveryhub.project.*")
                        .put("projectId", project.toString()).put("description", "portal").encode())
                .post(PATH)
                .then().statusCode(201).header("Location", startsWith(PATH + "/")).header("ETag", "\"1\"")
                .header("Cache-Control", "no-store")
                .body("url", is("https://hooks.example.com/deliveryhub"), "types", contains("deliveryhub.project.*"),
                        "projectId", is(project.toString()), "description", is("portal"), "enabled", is(true),
                        "version", is(1), "secret", matchesPattern("whsec_[A-Za-z0-9+/=]{44}"))
                .extract();
        String id = created.path("id");

        Callers.admin().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", is(id), "secret", nullValue(), "enabled", is(true));
        Callers.admin().get(PATH + "?size=500").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("size"));
        Callers.admin().get(PATH + "?page=0&size=200").then().statusCode(200)
                .body("items.id", hasItem(id), "page", is(0), "size", is(200), "total", greaterThanOrEqualTo(1))
                .body("items.secret", everyItem(nullValue()));
    }

    @Test
    void patchesWithIfMatchOnlyAndRefusesAStaleVersion() {
        String id = create(Callers.admin(), "deliveryhub.*");

        Callers.admin().contentType("application/json").body("{\"enabled\":false}").patch(PATH + "/" + id)
                .then().statusCode(428).contentType(PROBLEM).body("type", endsWith("/precondition-required"));
        Callers.admin().contentType("application/json").header("If-Match", "\"7\"").body("{\"enabled\":false}")
                .patch(PATH + "/" + id)
                .then().statusCode(412).contentType(PROBLEM).body("type", endsWith("/stale-version"));
        Callers.admin().contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"enabled\":false,\"description\":\"paused\",\"types\":[\"deliveryhub.milestone.*\"],"
                        + "\"projectId\":null}")
                .patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("enabled", is(false), "description", is("paused"), "types", contains("deliveryhub.milestone.*"),
                        "version", is(2));
        Callers.admin().contentType("application/json").header("If-Match", "\"1\"").body("{\"enabled\":true}")
                .patch(PATH + "/" + id).then().statusCode(412);
    }

    @Test
    void rotatingGivesANewSecretAndKeepsThePreviousOneForADay() {
        String id = create(Callers.admin(), "deliveryhub.*");

        Callers.admin().post(PATH + "/" + id + "/rotate-secret")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("secret", startsWith("whsec_"), "previousSecretValidUntil", notNullValue(), "version", is(2));
    }

    @Test
    void deletesASubscriptionAndThenKnowsItNoMore() {
        String id = create(Callers.admin(), "deliveryhub.*");

        Callers.admin().delete(PATH + "/" + id).then().statusCode(204);
        Callers.admin().get(PATH + "/" + id).then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
        Callers.admin().delete(PATH + "/" + id).then().statusCode(404);
        Callers.admin().get(PATH + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anIntegrationSeesOnlyItsOwnSubscriptionsAndAnotherIntegrationsAreNotFound() {
        String crm = Callers.newKey(1000, "INTEGRATION_CRM");
        String other = Callers.newKey(1000, "INTEGRATION_CRM");
        String mine = create(Callers.withKey(crm), "deliveryhub.client.*");
        String theirs = create(Callers.withKey(other), "deliveryhub.project.*");

        Callers.withKey(crm).get(PATH).then().statusCode(200).body("items.id", contains(mine), "total", is(1));
        Callers.withKey(crm).get(PATH + "/" + theirs).then().statusCode(404).contentType(PROBLEM);
        Callers.withKey(crm).contentType("application/json").header("If-Match", "\"1\"").body("{\"enabled\":false}")
                .patch(PATH + "/" + theirs).then().statusCode(404);
        Callers.withKey(crm).delete(PATH + "/" + theirs).then().statusCode(404);
        Callers.withKey(crm).post(PATH + "/" + theirs + "/rotate-secret").then().statusCode(404);
        Callers.withKey(crm).get(PATH + "/" + theirs + "/deliveries").then().statusCode(404);
        Callers.withKey(crm).contentType("application/json").body("{\"deliveryId\":\"" + UUID.randomUUID() + "\"}")
                .post(PATH + "/" + theirs + "/replay").then().statusCode(404);
        Callers.admin().get(PATH + "/" + theirs).then().statusCode(200);
        Callers.admin().get(PATH + "/" + mine).then().statusCode(200);
    }

    @Test
    void peopleWithoutAdminManageNoSubscriptions() {
        Callers.person(UUID.randomUUID(), "HEAD_OF_DELIVERY").get(PATH).then().statusCode(403).contentType(PROBLEM);
        Callers.person(UUID.randomUUID(), "PROJECT_MANAGER").contentType("application/json")
                .body(subscription("https://hooks.example.com/", "deliveryhub.*").encode()).post(PATH)
                .then().statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().get(PATH).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void refusesBadPrivateAndUnsafeUrls() {
        for (String url : List.of("ftp://hooks.example.com/", "https://user:pw@hooks.example.com/", "no url",
                "http://10.0.0.8/hook", "https://192.168.0.1/", "https://169.254.169.254/latest/meta-data",
                "https://[fd00::1]/", "https://224.0.0.1/", "https://example.com/" + "a".repeat(2100))) {
            Callers.admin().contentType("application/json").body(subscription(url, "deliveryhub.*").encode()).post(PATH)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("url"));
        }
        Callers.admin().contentType("application/json").body(new JsonObject().put("types",
                new JsonArray().add("deliveryhub.*")).encode()).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("url"), "errors[0].message", is("is required"));
    }

    @Test
    void refusesUnknownTypesTypesTheIntegrationMayNotReadAndOversizedOrUnknownFields() {
        for (Object types : List.of("deliveryhub.*", new JsonArray(), new JsonArray().add(3),
                new JsonArray().add("deliveryhub.spaceship.*"), new JsonArray().add("project.created"),
                new JsonArray(java.util.Collections.nCopies(51, "deliveryhub.*")))) {
            Callers.admin().contentType("application/json")
                    .body(new JsonObject().put("url", "https://hooks.example.com/").put("types", types).encode())
                    .post(PATH).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("types"));
        }
        Callers.withKey(Callers.newKey(1000, "INTEGRATION_CRM")).contentType("application/json")
                .body(subscription("https://hooks.example.com/", "deliveryhub.time-entry.*").encode()).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("types"),
                        "errors[0].message", containsString("does not receive time-entry events"));
        Callers.admin().contentType("application/json").body(subscription("https://hooks.example.com/",
                "deliveryhub.*").put("description", "d".repeat(501)).encode()).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("description"));
        Callers.admin().contentType("application/json").body(subscription("https://hooks.example.com/",
                "deliveryhub.*").put("projectId", "PRJ-1").encode()).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("projectId"));
        Callers.admin().contentType("application/json").body(subscription("https://hooks.example.com/",
                "deliveryhub.*").put("enabled", "yes").encode()).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("enabled"));
        Callers.admin().contentType("application/json").body(subscription("https://hooks.example.com/",
                "deliveryhub.*").put("secret", "whsec_mine").encode()).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("secret"));
        Callers.admin().contentType("application/json").body("{\"url\":").post(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("type", endsWith("/malformed-json"));
        Callers.admin().contentType("application/json").body("[1]").post(PATH).then().statusCode(400);
        Callers.admin().contentType("application/json").body("{\"description\":\"" + "x".repeat(70_000) + "\"}")
                .post(PATH).then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void refusesBadDeliveryFiltersAndReplayRequests() {
        String id = create(Callers.admin(), "deliveryhub.*");

        Callers.admin().get(PATH + "/" + id + "/deliveries").then().statusCode(200)
                .body("items", empty(), "total", is(0), "page", is(0), "size", is(50));
        Callers.admin().get(PATH + "/" + id + "/deliveries?status=LOST").then().statusCode(400)
                .body("errors[0].field", is("status"));
        Callers.admin().get(PATH + "/" + id + "/deliveries?from=yesterday").then().statusCode(400)
                .body("errors[0].field", is("from"));
        Callers.admin().get(PATH + "/" + id + "/deliveries?page=-1").then().statusCode(400);
        for (String body : List.of("{}", "{\"from\":\"2026-12-01T00:00:00Z\"}",
                "{\"deliveryId\":\"" + UUID.randomUUID() + "\",\"from\":\"2026-12-01T00:00:00Z\","
                        + "\"to\":\"2026-12-02T00:00:00Z\"}",
                "{\"from\":\"2026-12-02T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\"}",
                "{\"deliveryId\":\"nope\"}", "{\"deliveryId\":5}")) {
            Callers.admin().contentType("application/json").body(body).post(PATH + "/" + id + "/replay")
                    .then().statusCode(400).contentType(PROBLEM);
        }
        Callers.admin().contentType("application/json").body("{\"deliveryId\":\"" + UUID.randomUUID() + "\"}")
                .post(PATH + "/" + id + "/replay").then().statusCode(404).contentType(PROBLEM);
        Callers.admin().contentType("application/json")
                .body("{\"from\":\"2026-12-01T00:00:00Z\",\"to\":\"2026-12-02T00:00:00Z\"}")
                .post(PATH + "/" + id + "/replay").then().statusCode(202).body("replayed", is(0));
    }

    @Test
    void theAggregatedOpenApiDocumentDescribesEveryWebhookEndpointWithItsErrors() {
        JsonObject paths = new JsonObject(io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200)
                .extract().asString()).getJsonObject("paths");

        org.assertj.core.api.Assertions.assertThat(paths.fieldNames()).contains(PATH, PATH + "/{id}",
                PATH + "/{id}/rotate-secret", PATH + "/{id}/deliveries", PATH + "/{id}/replay");
        JsonObject create = paths.getJsonObject(PATH).getJsonObject("post");
        org.assertj.core.api.Assertions.assertThat(create.getJsonObject("responses").fieldNames())
                .contains("201", "400", "401", "403");
        org.assertj.core.api.Assertions.assertThat(paths.getJsonObject(PATH + "/{id}").getJsonObject("patch")
                .getJsonObject("responses").fieldNames()).contains("200", "404", "412", "428");
    }

    static JsonObject subscription(String url, String... types) {
        return new JsonObject().put("url", url).put("types", new JsonArray(List.of(types)));
    }

    static String create(RequestSpecification caller, String... types) {
        return caller.contentType("application/json")
                .body(subscription("https://hooks.example.com/" + UUID.randomUUID(), types).encode()).post(PATH)
                .then().statusCode(201).extract().path("id");
    }
}
