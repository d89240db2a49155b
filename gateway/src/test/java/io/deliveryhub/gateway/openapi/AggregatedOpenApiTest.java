package io.deliveryhub.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The aggregated document, from the services' own documents (fixtures captured from their builds, served
 * by the stub). It is written to {@code target/openapi/deliveryhub-api.json}, linted here with Spectral's
 * {@code spectral:oas} rules, and a Java client generated from it is compiled later in the build
 * ({@code integration-test} phase, see the pom).
 */
@QuarkusTest
class AggregatedOpenApiTest {

    static final Path DOCUMENT = Path.of("target", "openapi", "deliveryhub-api.json");

    @Test
    void mergesTheServicesWithTheGatewaysSecurityAndLimits() throws Exception {
        String body = written();
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
    void passesSpectralsOasRules() throws Exception {
        written();
        Path report = Path.of("target", "openapi", "spectral.json").toAbsolutePath();
        Process spectral = new ProcessBuilder("npx", "--yes", "@stoplight/spectral-cli@6", "lint",
                DOCUMENT.toAbsolutePath().toString(), "--ruleset", Path.of("src/test/resources/spectral.yaml").toAbsolutePath().toString(),
                "--format", "json", "--output", report.toString(), "--fail-severity", "error")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/openapi/spectral.log"))
                .start();
        assertThat(spectral.waitFor(10, TimeUnit.MINUTES)).as("spectral finished").isTrue();
        assertThat(report).as("spectral's report; see target/openapi/spectral.log").exists();
        JsonArray results = new JsonArray(Files.readString(report, StandardCharsets.UTF_8));
        List<String> errors = results.stream().map(JsonObject.class::cast)
                .filter(result -> result.getInteger("severity") == 0)
                .map(result -> result.getString("code") + " at " + result.getJsonArray("path") + ": " + result.getString("message"))
                .collect(Collectors.toList());
        assertThat(errors).as("spectral errors").isEmpty();
        assertThat(spectral.exitValue()).isZero();
    }

    /** The document as served now, also written where Spectral and the client generator read it. */
    private static String written() throws java.io.IOException {
        String body = given().get("/q/openapi").then().statusCode(200).contentType("application/json")
                .extract().asString();
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, new JsonObject(body).encodePrettily());
        return body;
    }

    @Test
    void servesSwaggerUiOverTheAggregatedDocument() {
        given().get("/q/swagger-ui").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("url: \"/q/openapi\""));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/q/swagger-ui/../application.properties").then().statusCode(404);
    }
}
