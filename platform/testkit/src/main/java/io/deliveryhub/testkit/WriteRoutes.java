package io.deliveryhub.testkit;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The write operations a running service documents, for access tables that must list every one of them. */
public final class WriteRoutes {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private WriteRoutes() {
    }

    /** Each as {@code "POST /api/v1/..."}, from the service's own OpenAPI document. */
    public static Set<String> documented() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(WRITES::contains)
                .filter(method -> path.startsWith("/api/"))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        return documented;
    }
}
