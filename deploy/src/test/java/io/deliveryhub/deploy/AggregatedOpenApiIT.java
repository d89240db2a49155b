package io.deliveryhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import io.restassured.RestAssured;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The aggregated OpenAPI document as the running gateway serves it, merged from the running services' own
 * documents: it covers every service path, passes Spectral's {@code spectral:oas} rules without errors, and is
 * written to {@code target/openapi/deliveryhub-api.json}, from which the build generates a Java client with
 * openapi-generator and compiles it ({@code post-integration-test}, see the pom).
 */
@ExtendWith(RunningStack.class)
class AggregatedOpenApiIT {

    static final Path DOCUMENT = Path.of("target", "openapi", "deliveryhub-api.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void coversEveryServicePathAndPassesSpectral(LocalStack stack) throws Exception {
        String body = RestAssured.get(stack.gatewayUrl() + "/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode document = JSON.readTree(body);
        Files.createDirectories(DOCUMENT.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(DOCUMENT.toFile(), document);

        List<String> paths = fieldNames(document.path("paths"));
        for (Service service : List.of(Service.PROJECTS, Service.RESOURCES, Service.DELIVERY_METRICS)) {
            JsonNode own = JSON.readTree(RestAssured.get(stack.url(service) + "/q/openapi?format=json")
                    .then().statusCode(200).extract().asString());
            List<String> apiPaths = fieldNames(own.path("paths")).stream()
                    .filter(path -> path.startsWith("/api/")).toList();
            assertThat(apiPaths).as(service + " documents its API").isNotEmpty();
            assertThat(paths).as("the gateway's document holds every path of " + service)
                    .containsAll(apiPaths);
        }
        assertThat(fieldNames(document.path("components").path("securitySchemes")))
                .containsExactlyInAnyOrder("bearerAuth", "apiKey");

        assertThat(spectralErrors()).as("spectral errors (see target/openapi/spectral.log)").isEmpty();
    }

    private static List<String> spectralErrors() throws Exception {
        Path report = Path.of("target", "openapi", "spectral.json").toAbsolutePath();
        Files.deleteIfExists(report);
        Process spectral = new ProcessBuilder("npx", "--yes", "@stoplight/spectral-cli@6", "lint",
                DOCUMENT.toAbsolutePath().toString(),
                "--ruleset", Path.of("src/test/resources/spectral.yaml").toAbsolutePath().toString(),
                "--format", "json", "--output", report.toString(), "--fail-severity", "error")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/openapi/spectral.log"))
                .start();
        assertThat(spectral.waitFor(10, TimeUnit.MINUTES)).as("spectral finished").isTrue();
        assertThat(report).as("spectral's report; see target/openapi/spectral.log").exists();
        return StreamSupport.stream(JSON.readTree(Files.readString(report, StandardCharsets.UTF_8)).spliterator(), false)
                .filter(result -> result.path("severity").asInt() == 0)
                .map(result -> result.path("code").asText() + " at " + result.path("path") + ": "
                        + result.path("message").asText())
                .collect(Collectors.toList());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
