package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The list reads its pages as projections and counts only full pages: every field and total as before. */
@QuarkusTest
class ProjectListTest {

    @Test
    void showsEachProjectAsItsOwnReadDoes() {
        String clientId = Fixtures.newClient();
        Map<String, Object> body = new HashMap<>(Fixtures.project(Fixtures.newKey(), clientId));
        body.putAll(Map.of("deliveryModel", "FIXED_PRICE", "practice", "Payments", "budgetHours", 2400,
                "tags", List.of("Payments", "regulated"), "probability", 0.4));
        String key = Api.as(ADMIN).body(body).post("/api/v1/projects").then().statusCode(201).extract().path("key");
        String bare = Api.as(ADMIN).body(Map.of("key", Fixtures.newKey(), "name", "Bare", "clientId", clientId))
                .post("/api/v1/projects").then().statusCode(201).extract().path("key");

        String page = Api.as(TEAM_MEMBER).queryParam("clientId", clientId)
                .get("/api/v1/projects").then().statusCode(200).contentType("application/json").extract().asString();
        List<Map<String, Object>> listed = io.restassured.path.json.JsonPath.from(page).getList("items");

        Map<String, Map<String, Object>> read = new HashMap<>();
        for (String each : List.of(key, bare)) {
            String project = Api.as(TEAM_MEMBER).get("/api/v1/projects/" + each).then().statusCode(200).extract().asString();
            // the very bytes of the project's own read
            assertThat(page).contains(project);
            read.put(each, io.restassured.path.json.JsonPath.from(project).getMap("$"));
        }
        assertThat(page).startsWith("{\"items\":[").endsWith("],\"page\":0,\"size\":50,\"total\":2}");
        assertThat(listed).hasSize(2).allSatisfy(item -> assertThat(item).isEqualTo(read.get((String) item.get("key"))));
        assertThat(listed).anySatisfy(item -> assertThat(item).containsEntry("opportunity", null)
                .containsEntry("demand", List.of()).containsEntry("budget", null).containsEntry("tags", List.of()));
    }

    @Test
    void pagesThroughAClientsProjectsWithTheirTotal() {
        String clientId = Fixtures.newClient();
        String marker = Fixtures.newKey();
        for (int i = 0; i < 5; i++) {
            Api.as(ADMIN).body(Fixtures.project(marker + "-" + i, clientId)).post("/api/v1/projects")
                    .then().statusCode(201);
        }

        page(clientId, 0, 2, "key").body("total", is(5), "page", is(0), "size", is(2),
                "items.key", contains(marker + "-0", marker + "-1"));
        page(clientId, 2, 2, "key").body("total", is(5), "items.key", contains(marker + "-4"));
        page(clientId, 3, 2, "key").body("total", is(5), "items", empty());
        page(clientId, 0, 5, "key,desc").body("total", is(5), "items.key", contains(marker + "-4", marker + "-3",
                marker + "-2", marker + "-1", marker + "-0"));
        page(clientId, 1, 5, "key").body("total", is(5), "items", empty());
        page(clientId, 0, 500, "name").body("total", is(5), "items", hasSize(5));
    }

    @Test
    void filtersAndSortsByEachDocumentedField() {
        String clientId = Fixtures.newClient();
        String marker = Fixtures.newKey();
        String manager = UUID.randomUUID().toString();
        String deliveryManager = UUID.randomUUID().toString();
        create(marker + "-A", clientId, Map.of("name", "Alpha " + marker, "practice", "Data", "tags", List.of("Cloud"),
                "projectManagerId", manager, "plannedStart", "2026-05-01", "plannedEnd", "2026-06-01"));
        create(marker + "-B", clientId, Map.of("name", "Beta " + marker, "practice", "Payments",
                "tags", List.of("cloud", "regulated"), "deliveryManagerId", deliveryManager,
                "plannedStart", "2026-03-01", "plannedEnd", "2026-12-01"));
        String gamma = create(marker + "-C", clientId, Map.of("name", "Gamma " + marker, "practice", "data",
                "plannedStart", "2026-04-01", "plannedEnd", "2026-07-01"));
        Api.as(HEAD_OF_DELIVERY).body(Map.of("to", "CANCELLED", "reason", "lost")).post("/api/v1/projects/" + gamma + "/transitions")
                .then().statusCode(200);

        keys(Map.of("clientId", clientId)).body("items.key", contains(marker + "-A", marker + "-B", marker + "-C"));
        keys(Map.of("clientId", clientId, "status", "CANCELLED")).body("total", is(1), "items.key", contains(marker + "-C"));
        keys(Map.of("clientId", clientId, "practice", " DATA ")).body("items.key", contains(marker + "-A", marker + "-C"));
        keys(Map.of("clientId", clientId, "tag", "CLOUD")).body("items.key", contains(marker + "-A", marker + "-B"));
        keys(Map.of("projectManagerId", manager)).body("items.key", contains(marker + "-A"));
        keys(Map.of("deliveryManagerId", deliveryManager)).body("items.key", contains(marker + "-B"));
        keys(Map.of("q", "gamma " + marker.toLowerCase())).body("items.key", contains(marker + "-C"));
        keys(Map.of("q", marker.toLowerCase() + "-b", "clientId", clientId)).body("items.key", contains(marker + "-B"));
        keys(Map.of("clientId", clientId, "tag", "cloud", "practice", "payments", "q", "beta"))
                .body("items.key", contains(marker + "-B"));
        keys(Map.of("clientId", clientId, "tag", "none")).body("total", is(0), "items", empty());

        keys(Map.of("clientId", clientId, "sort", "name,desc")).body("items.key", contains(marker + "-C", marker + "-B", marker + "-A"));
        keys(Map.of("clientId", clientId, "sort", "plannedStart")).body("items.key", contains(marker + "-B", marker + "-C", marker + "-A"));
        keys(Map.of("clientId", clientId, "sort", "plannedEnd,desc")).body("items.key", contains(marker + "-B", marker + "-C", marker + "-A"));
        keys(Map.of("clientId", clientId, "sort", "status,desc")).body("items.key", contains(marker + "-A", marker + "-B", marker + "-C"));
        keys(Map.of("clientId", clientId, "sort", "createdAt,desc")).body("items.key", contains(marker + "-C", marker + "-B", marker + "-A"));
        keys(Map.of("clientId", clientId, "sort", "updatedAt")).body("items.key", contains(marker + "-A", marker + "-B", marker + "-C"));
        keys(Map.of("clientId", clientId, "sort", "key,desc", "size", "2", "page", "1"))
                .body("total", is(3), "items.key", contains(marker + "-A"));
    }

    @Test
    void refusesBadPagingAndSortingAsProblems() {
        for (String[] query : List.of(new String[] { "size", "0" }, new String[] { "size", "501" },
                new String[] { "page", "-1" }, new String[] { "sort", "budget" },
                new String[] { "sort", "key,sideways" })) {
            Api.as(ADMIN).queryParam(query[0], query[1]).get("/api/v1/projects")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is(query[0]));
        }
    }

    private static String create(String key, String clientId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Fixtures.project(key, clientId));
        body.putAll(fields);
        return Api.as(ADMIN).body(body).post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse keys(Map<String, String> query) {
        return Api.as(TEAM_MEMBER).queryParams(query).get("/api/v1/projects").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse page(String clientId, int page, int size, String sort) {
        return Api.as(DELIVERY_LEAD).queryParam("clientId", clientId).queryParam("page", page)
                .queryParam("size", size).queryParam("sort", sort).get("/api/v1/projects").then().statusCode(200);
    }
}
