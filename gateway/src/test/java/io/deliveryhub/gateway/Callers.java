package io.deliveryhub.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/** Credentials for tests: the bootstrap admin key, fresh integration keys and people's dev tokens. */
public final class Callers {

    public static final String ADMIN_KEY = "test-admin-key";

    private Callers() {
    }

    public static RequestSpecification admin() {
        return given().header("X-API-Key", ADMIN_KEY);
    }

    public static RequestSpecification withKey(String key) {
        return given().header("X-API-Key", key);
    }

    public static RequestSpecification person(UUID personId, String... roles) {
        return given().header("Authorization", "Bearer " + devToken("person-" + personId, personId, roles));
    }

    public static String devToken(String subject, UUID personId, String... roles) {
        JsonObject body = new JsonObject().put("subject", subject).put("roles", new JsonArray(List.of(roles)));
        if (personId != null) {
            body.put("personId", personId.toString());
        }
        return admin().contentType("application/json").body(body.encode())
                .post("/api/v1/auth/dev-token").then().statusCode(200).extract().path("token");
    }

    /** A new integration key with these roles and limit; a unique name per call. */
    public static String newKey(int ratePerMinute, String... roles) {
        JsonObject body = new JsonObject().put("name", "it-" + UUID.randomUUID())
                .put("roles", new JsonArray(List.of(roles))).put("rateLimitPerMinute", ratePerMinute);
        return admin().contentType("application/json").body(body.encode())
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
    }
}
