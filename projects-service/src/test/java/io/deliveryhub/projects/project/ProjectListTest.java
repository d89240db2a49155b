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

        List<Map<String, Object>> listed = Api.as(TEAM_MEMBER).queryParam("clientId", clientId)
                .get("/api/v1/projects").then().statusCode(200).extract().path("items");

        Map<String, Map<String, Object>> read = new HashMap<>();
        for (String each : List.of(key, bare)) {
            read.put(each, Api.as(TEAM_MEMBER).get("/api/v1/projects/" + each).then().statusCode(200).extract().jsonPath().getMap("$"));
        }
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
    void refusesBadPagingAndSortingAsProblems() {
        for (String[] query : List.of(new String[] { "size", "0" }, new String[] { "size", "501" },
                new String[] { "page", "-1" }, new String[] { "sort", "budget" },
                new String[] { "sort", "key,sideways" })) {
            Api.as(ADMIN).queryParam(query[0], query[1]).get("/api/v1/projects")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is(query[0]));
        }
    }

    private static io.restassured.response.ValidatableResponse page(String clientId, int page, int size, String sort) {
        return Api.as(DELIVERY_LEAD).queryParam("clientId", clientId).queryParam("page", page)
                .queryParam("size", size).queryParam("sort", sort).get("/api/v1/projects").then().statusCode(200);
    }
}
