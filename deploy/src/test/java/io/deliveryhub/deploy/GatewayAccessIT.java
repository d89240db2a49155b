package io.deliveryhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.deliveryhub.deploy.local.LocalStack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/access.md through the real gateway and services: every route refuses a caller without credentials
 * (401, at the gateway) and a caller without the role (403, at the service that owns the route).
 */
@ExtendWith(RunningStack.class)
class GatewayAccessIT {

    /** One write per route prefix of the gateway's table that a TEAM_MEMBER may not make. */
    private static final List<String> WRITES_A_TEAM_MEMBER_MAY_NOT_MAKE = List.of(
            "POST /api/v1/clients",
            "POST /api/v1/projects",
            "POST /api/v1/project-templates",
            "POST /api/v1/exchange-rates/bulk",
            "POST /api/v1/integrations/crm/opportunities",
            "POST /api/v1/people",
            "POST /api/v1/skills",
            "POST /api/v1/allocations",
            "POST /api/v1/resource-requests",
            "POST /api/v1/time-entries/batch",
            "POST /api/v1/scenarios",
            "POST /api/v1/deployments",
            "POST /api/v1/incidents",
            "POST /api/v1/admin/api-keys");

    /** Reads on every route prefix; an integration sees only what its job needs (docs/access.md#roles). */
    private static final List<String> READS_CRM_MAY_NOT_MAKE = List.of(
            "GET /api/v1/exchange-rates",
            "GET /api/v1/people",
            "GET /api/v1/allocations",
            "GET /api/v1/utilization?from=2026-03-02&to=2026-03-08",
            "GET /api/v1/capacity?from=2026-03-02&to=2026-03-08",
            "GET /api/v1/scenarios",
            "GET /api/v1/bench?from=2026-03-02&to=2026-03-08",
            "GET /api/v1/resource-requests",
            "GET /api/v1/metrics/portfolio",
            "GET /api/v1/alerts",
            "GET /api/v1/deployments",
            "GET /api/v1/admin/projects/outbox/parked",
            "GET /api/v1/admin/resources/outbox/parked",
            "GET /api/v1/admin/metrics/outbox/parked");

    static Stream<String> everyRoute() {
        return Stream.concat(WRITES_A_TEAM_MEMBER_MAY_NOT_MAKE.stream(), READS_CRM_MAY_NOT_MAKE.stream());
    }

    static Stream<String> writes() {
        return WRITES_A_TEAM_MEMBER_MAY_NOT_MAKE.stream();
    }

    static Stream<String> reads() {
        return READS_CRM_MAY_NOT_MAKE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRoute")
    void refusesACallerWithoutCredentials(String route, LocalStack stack) {
        call(gateway(stack), route).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("status", equalTo(401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void refusesATeamMemberWhatTheRolesTableKeepsFromThem(String route, LocalStack stack) {
        call(gateway(stack).auth().oauth2(devToken(stack, "TEAM_MEMBER")), route).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void refusesTheCrmIntegrationWhatItsJobDoesNotNeed(String route, LocalStack stack) {
        call(gateway(stack).auth().oauth2(devToken(stack, "INTEGRATION_CRM")), route).then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theTablesCoverEveryRoutePrefixOfTheGateway(LocalStack stack) throws IOException {
        Properties gateway = new Properties();
        Path properties = stack.settings().repositoryRoot().resolve("gateway/src/main/resources/application.properties");
        try (InputStream in = Files.newInputStream(properties)) {
            gateway.load(in);
        }
        List<String> prefixes = gateway.stringPropertyNames().stream()
                .filter(name -> name.startsWith("deliveryhub.routes.") && name.endsWith(".paths"))
                .flatMap(name -> Arrays.stream(gateway.getProperty(name).split(",")))
                .map(String::trim)
                // known-projects is an internal read model
                .filter(prefix -> !prefix.equals("/api/v1/known-projects"))
                .toList();
        List<String> covered = everyRoute().map(route -> route.substring(route.indexOf(' ') + 1)).toList();
        for (String prefix : prefixes) {
            assertThat(covered).as("a route under " + prefix).anyMatch(path -> path.startsWith(prefix));
        }
    }

    private static io.restassured.response.Response call(RequestSpecification request, String route) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        return method.equals("POST")
                ? request.contentType(ContentType.JSON).body("{}").post(path)
                : request.get(path);
    }

    private static String devToken(LocalStack stack, String role) {
        return gateway(stack).header("X-API-Key", stack.adminApiKey()).contentType(ContentType.JSON)
                .body(Map.of("subject", "access-check-" + role.toLowerCase(), "roles", List.of(role),
                        "personId", UUID.randomUUID().toString()))
                .post("/api/v1/auth/dev-token").then().statusCode(200).extract().path("token");
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString());
    }
}
