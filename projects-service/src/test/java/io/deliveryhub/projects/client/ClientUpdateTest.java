package io.deliveryhub.projects.client;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientUpdateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void patchesAClientAgainstItsETagAndPublishesTheChange() throws Exception {
        String id = Fixtures.newClient();
        String ref = "acc-" + UUID.randomUUID();
        Api.as(DELIVERY_MANAGER).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("status", "INACTIVE", "industry", "Insurance",
                        "externalRefs", List.of(Map.of("system", "crm", "id", ref))))
                .patch("/api/v1/clients/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", is("INACTIVE"), "industry", is("Insurance"), "externalRefs[0].id", is(ref));

        JsonNode event = JSON.readTree(PublishedEvents.await(id, ClientService.CLIENT_UPDATED).value());
        assertThat(event.at("/changes/status/from").asText()).isEqualTo("ACTIVE");
        assertThat(event.at("/changes/industry/from").asText()).isEqualTo("Banking");
        Api.as(TEAM_MEMBER).queryParam("status", "INACTIVE").queryParam("q", "client " + id.substring(0, 8))
                .get("/api/v1/clients").then().statusCode(200);
    }

    @Test
    void refusesStaleOrMissingVersionsAndBadValues() {
        String id = Fixtures.newClient();
        Api.as(ADMIN).body(Map.of("name", "x")).patch("/api/v1/clients/{id}", id)
                .then().statusCode(428).body("type", endsWith("/precondition-required"));
        Api.as(ADMIN).header("If-Match", "\"7\"").body(Map.of("name", "x")).patch("/api/v1/clients/{id}", id)
                .then().statusCode(412).body("type", endsWith("/stale-version"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("status", "DORMANT")).patch("/api/v1/clients/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("status"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "")).patch("/api/v1/clients/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("name"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("id", UUID.randomUUID().toString()))
                .patch("/api/v1/clients/{id}", id).then().statusCode(400).body("errors[0].field", is("id"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("externalRefs", List.of(Map.of("system", "crm"))))
                .patch("/api/v1/clients/{id}", id).then().statusCode(400)
                .body("errors[0].field", containsString("externalRefs"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "x"))
                .patch("/api/v1/clients/{id}", UUID.randomUUID()).then().statusCode(404);
        Api.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("name", "x"))
                .patch("/api/v1/clients/{id}", id).then().statusCode(403);
        Api.as(ADMIN).get("/api/v1/clients/{id}", id).then().body("version", is(1));
    }

    @Test
    void anExternalIdNamesOneClientOnly() {
        String ref = "acc-" + UUID.randomUUID();
        Api.as(ADMIN).body(Map.of("name", "First " + ref, "externalRefs", List.of(Map.of("system", "crm", "id", ref))))
                .post("/api/v1/clients").then().statusCode(201).body("externalRefs[0].system", is("crm"));
        Api.as(ADMIN).body(Map.of("name", "Second " + ref, "externalRefs", List.of(Map.of("system", "crm", "id", ref))))
                .post("/api/v1/clients").then().statusCode(409).body("type", endsWith("/duplicate-external-ref"));
        String other = Fixtures.newClient();
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("externalRefs", List.of(Map.of("system", "crm", "id", ref))))
                .patch("/api/v1/clients/{id}", other).then().statusCode(409);
    }

    @Test
    void upsertsByExternalReferenceAndARepeatChangesNothing() {
        String ref = "acc-" + UUID.randomUUID();
        String path = "/api/v1/clients/external/crm/" + ref;
        String id = Api.as(INTEGRATION_CRM).body(Map.of("name", "Globex", "industry", "Energy")).put(path)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("name", is("Globex"), "status", is("ACTIVE"), "externalRefs[0].id", is(ref), "version", is(1))
                .extract().path("id");

        Api.as(INTEGRATION_CRM).body(Map.of("name", "Globex", "industry", "Energy")).put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("id", is(id), "version", is(1));
        Api.as(INTEGRATION_CRM).body(Map.of("name", "Globex")).put(path)
                .then().statusCode(200).body("industry", is("Energy"), "version", is(1));
        assertThat(PublishedEvents.about(id)).extracting(r -> new String(r.headers().lastHeader("ce_type").value()))
                .containsExactly("deliveryhub.client.created.v1");

        Api.as(DELIVERY_MANAGER).body(Map.of("name", "Globex Corp", "status", "INACTIVE")).put(path)
                .then().statusCode(200).body("id", is(id), "name", is("Globex Corp"), "status", is("INACTIVE"),
                        "version", is(2));
        PublishedEvents.await(id, ClientService.CLIENT_UPDATED);
    }

    @Test
    void concurrentUpsertsOfOneReferenceMakeOneClient() throws Exception {
        String path = "/api/v1/clients/external/crm/acc-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<io.restassured.response.Response>> calls = IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> Api.as(INTEGRATION_CRM)
                            .body(Map.of("name", "Initech")).put(path), pool))
                    .toList();
            List<io.restassured.response.Response> answers = calls.stream().map(CompletableFuture::join).toList();
            assertThat(answers).extracting(io.restassured.response.Response::statusCode)
                    .containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).extracting(answer -> answer.path("id").toString()).containsOnly(
                    answers.get(0).path("id").toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesABadUpsert() {
        String path = "/api/v1/clients/external/crm/acc-" + UUID.randomUUID();
        Api.as(INTEGRATION_CRM).body(Map.of("industry", "Energy")).put(path)
                .then().statusCode(400).body("errors[0].field", is("name"));
        Api.as(INTEGRATION_CRM).body(Map.of("name", "X", "status", "GONE")).put(path)
                .then().statusCode(400).body("errors[0].field", is("status"));
        Api.as(PROJECT_MANAGER).body(Map.of("name", "X")).put(path).then().statusCode(403);
        Api.as(INTEGRATION_CRM).body(Map.of("name", "X")).put("/api/v1/clients/external/crm/" + "x".repeat(201))
                .then().statusCode(400);
    }
}
