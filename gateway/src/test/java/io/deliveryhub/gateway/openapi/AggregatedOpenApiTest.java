package io.deliveryhub.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The aggregated document, from the services' documents as fixtures captured from their builds (served by
 * the stub): how the gateway merges them. The document the running services really produce is linted with
 * Spectral and turned into a compiled client by the deploy module's {@code AggregatedOpenApiIT}.
 */
@QuarkusTest
class AggregatedOpenApiTest {

    @Test
    void mergesTheServicesWithTheGatewaysSecurityAndLimits() throws Exception {
        String body = given().get("/q/openapi").then().statusCode(200).contentType("application/json")
                .extract().asString();
        JsonObject document = new JsonObject(body);

        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.fieldNames()).contains("/api/v1/projects", "/api/v1/clients", "/api/v1/alerts",
                "/api/v1/metrics/portfolio", "/api/v1/known-projects", "/api/v1/admin/api-keys",
                "/api/v1/views/projects/{idOrKey}", "/api/v1/auth/dev-token");
        assertThat(paths.fieldNames()).noneMatch(path -> path.startsWith("/q/"));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertThat(schemes.fieldNames()).containsExactlyInAnyOrder("bearerAuth", "apiKey");
        assertThat(document.getJsonArray("security")).hasSize(2);

        JsonObject list = paths.getJsonObject("/api/v1/projects").getJsonObject("get");
        assertThat(list.containsKey("security")).isFalse();
        assertThat(list.getJsonArray("x-roles")).contains("PROJECT_MANAGER");
        assertThat(list.getJsonObject("responses").fieldNames()).contains("200", "401", "429", "503");
        assertThat(list.getJsonObject("responses").getJsonObject("200").getJsonObject("headers").fieldNames())
                .contains("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        JsonArray createParameters = paths.getJsonObject("/api/v1/projects").getJsonObject("post").getJsonArray("parameters");
        assertThat(createParameters.encode()).contains("#/components/parameters/IdempotencyKey");
        assertThat(body).doesNotContain("internalJwt");
    }

    @Test
    void servesSwaggerUiOverTheAggregatedDocument() {
        given().get("/q/swagger-ui").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("url: \"/q/openapi\""));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/q/swagger-ui/../application.properties").then().statusCode(404);
    }
}
