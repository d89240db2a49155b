package io.deliveryhub.gateway.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.deliveryhub.gateway.UpstreamStub.Canned;
import io.deliveryhub.testkit.Contracts;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViewsTest {

    private final String projectId = UUID.randomUUID().toString();
    private final String key = "VIEW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String ann = UUID.randomUUID().toString();
    private final String bob = UUID.randomUUID().toString();

    @Test
    void assemblesTheProjectWithItsTeamKpisAndOpenAlerts() {
        project();
        canned("/api/v1/allocations?projectId=" + projectId, 200, new JsonObject().put("items", new io.vertx.core.json.JsonArray()
                .add(new JsonObject().put("personId", ann).put("hoursPerWeek", 32))
                .add(new JsonObject().put("personId", bob).put("hoursPerWeek", 8))).put("total", 2).encode());
        canned("/api/v1/people/" + ann, 200, new JsonObject().put("id", ann).put("name", "Ann").encode());
        canned("/api/v1/people/" + bob, 500, "{\"status\":500}");
        canned("/api/v1/metrics/projects/" + projectId, 200, "{\"cpi\":\"0.926\"}");
        canned("/api/v1/alerts?status=OPEN&projectId=" + projectId, 200, "{\"items\":[{\"rule\":\"RAG_RED\"}],\"total\":1}");

        Callers.person(UUID.randomUUID(), "DELIVERY_MANAGER").get("/api/v1/views/projects/" + key)
                .then().statusCode(200)
                .header("RateLimit-Remaining", not(emptyOrNullString()))
                .body("project.key", is(key),
                        "team", hasSize(2),
                        "team[0].allocation.hoursPerWeek", is(32),
                        "team[0].person.name", is("Ann"),
                        "team[1].person", nullValue(),
                        "kpis.cpi", is("0.926"),
                        "openAlerts[0].rule", is("RAG_RED"),
                        "warnings", contains(allOf(containsString("person " + bob), containsString("500"))));

        assertThat(UpstreamStub.hits("GET /api/v1/people/" + ann)).as("each person fetched once").isEqualTo(1);
        assertThat(UpstreamStub.LAST.get().headers().get("Authorization")).startsWith("Bearer ");
    }

    @Test
    void aPartThatFailsIsNullWithAWarningAndTheViewStill200() {
        project();
        canned("/api/v1/allocations?projectId=" + projectId, 200, "{\"items\":[],\"total\":0}");
        canned("/api/v1/metrics/projects/" + projectId, 503, "{\"status\":503}");
        UpstreamStub.CANNED.put("/api/v1/alerts?status=OPEN&projectId=" + projectId, new Canned(200, "{\"items\":[]}", 3_000));

        Callers.admin().get("/api/v1/views/projects/" + key)
                .then().statusCode(200)
                .body("project.id", is(projectId), "team", hasSize(0), "kpis", nullValue(), "openAlerts", nullValue(),
                        "warnings", containsInAnyOrder(containsString("kpis: the delivery-metrics service answered 503"),
                                allOf(startsWith("openAlerts:"), containsString("did not answer"))));
    }

    @Test
    void anUnknownProjectIs404() {
        canned("/api/v1/projects/" + key, 404, "{\"status\":404}");
        Callers.admin().get("/api/v1/views/projects/" + key)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString(key));
    }

    @Test
    void namesThePortfoliosAtRiskProjectsAndTheirManagers() {
        String missing = UUID.randomUUID().toString();
        String asOf = "?asOf=2026-03-06&probe=" + projectId;
        // delivery-metrics' own answer, as its tests hold it to, with two projects at risk.
        JsonObject portfolio = new JsonObject(Contracts.example(Contracts.PORTFOLIO_KPIS));
        JsonObject atRisk = portfolio.getJsonArray("mostAtRisk").getJsonObject(0);
        portfolio.put("mostAtRisk", new JsonArray().add(atRisk.copy().put("projectId", projectId))
                .add(atRisk.copy().put("projectId", missing)));
        canned("/api/v1/metrics/portfolio" + asOf, 200, portfolio.encode());
        canned("/api/v1/projects/" + projectId, 200, new JsonObject().put("id", projectId).put("key", key)
                .put("name", "Acme payments").put("projectManagerId", ann).put("deliveryManagerId", bob).encode());
        canned("/api/v1/projects/" + missing, 404, "{\"status\":404}");
        canned("/api/v1/people/" + ann, 200, new JsonObject().put("id", ann).put("name", "Ann").encode());
        canned("/api/v1/people/" + bob, 200, new JsonObject().put("id", bob).put("name", "Bob").encode());

        Callers.person(UUID.randomUUID(), "HEAD_OF_DELIVERY").get("/api/v1/views/portfolio" + asOf)
                .then().statusCode(200)
                .body("kpis.projects.total", is(3), "kpis.mostAtRisk", hasSize(2),
                        "atRisk", hasSize(2),
                        "atRisk[0].name", is("Acme payments"),
                        "atRisk[0].projectManager.name", is("Ann"),
                        "atRisk[0].deliveryManager.name", is("Bob"),
                        "atRisk[1].projectId", is(missing),
                        "atRisk[1].name", nullValue(),
                        "warnings", contains(containsString("project " + missing)));
    }

    @Test
    void withoutThePortfolioKpisThereIsNoView() {
        canned("/api/v1/metrics/portfolio?probe=" + projectId, 403, "{\"status\":403}");
        Callers.withKey(Callers.newKey(100, "INTEGRATION_CRM")).get("/api/v1/views/portfolio?probe=" + projectId)
                .then().statusCode(403).contentType("application/problem+json");
    }

    private void project() {
        canned("/api/v1/projects/" + key, 200,
                new JsonObject().put("id", projectId).put("key", key).put("name", "Acme payments").encode());
    }

    private static void canned(String uri, int status, String body) {
        UpstreamStub.CANNED.put(uri, Canned.json(status, body));
    }
}
