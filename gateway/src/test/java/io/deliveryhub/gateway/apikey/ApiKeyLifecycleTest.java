package io.deliveryhub.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.ForwardedToken;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyLifecycleTest {

    @Inject
    DataSource dataSource;

    @Inject
    ApiKeys apiKeys;

    @Test
    void aKeyIsShownOnceWorksUntilRevokedAndIsStoredOnlyAsItsHash() throws Exception {
        String name = "crm-" + UUID.randomUUID();
        ExtractableResponse<Response> created = Callers.admin().contentType("application/json")
                .body(new JsonObject().put("name", name).put("roles", new io.vertx.core.json.JsonArray().add("INTEGRATION_CRM"))
                        .put("rateLimitPerMinute", 50).encode())
                .post("/api/v1/admin/api-keys")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/api-keys/"))
                .body("name", is(name), "roles", contains("INTEGRATION_CRM"), "rateLimitPerMinute", is(50),
                        "key", startsWith("dh_"), "createdAt", notNullValue(), "revokedAt", nullValue())
                .extract();
        String key = created.path("key");
        String id = created.path("id");

        Callers.withKey(key).get("/api/v1/projects").then().statusCode(200).header("RateLimit-Limit", "50");
        JsonObject claims = ForwardedToken.claims();
        assertThat(claims.getString("sub")).isEqualTo(name);
        assertThat(claims.getString("integration")).isEqualTo(name);
        assertThat(claims.getJsonArray("groups")).containsExactly("INTEGRATION_CRM");

        Callers.admin().get("/api/v1/admin/api-keys").then().statusCode(200)
                .body("items.find { it.name == '" + name + "' }.lastUsedAt", notNullValue())
                .body("items.find { it.name == '" + name + "' }.key", nullValue());
        assertThat(storedHash(name)).isEqualTo(ApiKeys.sha256(key));

        Callers.admin().delete("/api/v1/admin/api-keys/" + id).then().statusCode(204);
        Callers.withKey(key).get("/api/v1/projects").then().statusCode(401).contentType("application/problem+json");
        Callers.admin().get("/api/v1/admin/api-keys").then()
                .body("items.find { it.name == '" + name + "' }.revokedAt", notNullValue());
    }

    @Test
    void refusesADuplicateNameAndUnknownRoles() {
        String name = "dup-" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"roles\":[\"INTEGRATION_TIMESHEETS\"]}";
        Callers.admin().contentType("application/json").body(body).post("/api/v1/admin/api-keys")
                .then().statusCode(201).body("rateLimitPerMinute", is(1200));
        Callers.admin().contentType("application/json").body(body).post("/api/v1/admin/api-keys")
                .then().statusCode(409).body("type", endsWith("/duplicate-api-key"));
        Callers.admin().contentType("application/json").body("{\"name\":\"x1\",\"roles\":[\"ROOT\"]}")
                .post("/api/v1/admin/api-keys")
                .then().statusCode(400).body("errors[0].field", is("roles"));
        Callers.admin().contentType("application/json").body("{\"name\":\"has space\",\"roles\":[\"ADMIN\"]}")
                .post("/api/v1/admin/api-keys")
                .then().statusCode(400).body("errors[0].field", is("name"));
    }

    @Test
    void aKeyCarriesIntegrationRolesOrAdminButNeverAPersonsRole() {
        for (String role : new String[] { "PROJECT_MANAGER", "HEAD_OF_DELIVERY", "TEAM_MEMBER" }) {
            Callers.admin().contentType("application/json")
                    .body("{\"name\":\"k-" + UUID.randomUUID() + "\",\"roles\":[\"INTEGRATION_CRM\",\"" + role + "\"]}")
                    .post("/api/v1/admin/api-keys")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("roles"), "detail", containsString("INTEGRATION_PIPELINES"));
        }
        Callers.admin().contentType("application/json")
                .body("{\"name\":\"k-" + UUID.randomUUID() + "\",\"roles\":[\"INTEGRATION_PIPELINES\",\"ADMIN\"]}")
                .post("/api/v1/admin/api-keys").then().statusCode(201);
    }

    @Test
    void guessedKeysAreRememberedApartAndNeverPushValidKeysOutOfTheCache() {
        String name = "busy-" + UUID.randomUUID();
        String key = Callers.admin().contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"roles\":[\"INTEGRATION_CRM\"]}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
        Callers.withKey(key).get("/api/v1/clients").then().statusCode(200);

        for (int i = 0; i <= 10_000; i++) {
            assertThat(apiKeys.authenticate("dh_guess-" + i)).isEmpty();
        }

        assertThat(apiKeys.known(key)).as("still answered without the database").isPresent();
        assertThat(apiKeys.known("dh_guess-10000")).as("a guess is remembered as refused").contains(java.util.Optional.empty());
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        Callers.admin().delete("/api/v1/admin/api-keys/" + UUID.randomUUID()).then().statusCode(404);
        Callers.admin().delete("/api/v1/admin/api-keys/not-a-uuid").then().statusCode(404);
    }

    @Test
    void onlyAdministratorsManageKeys() {
        String integration = Callers.newKey(100, "INTEGRATION_CRM");
        Callers.withKey(integration).get("/api/v1/admin/api-keys").then().statusCode(403);
        Callers.withKey(integration).contentType("application/json").body("{}").post("/api/v1/admin/api-keys")
                .then().statusCode(403);
    }

    private byte[] storedHash(String name) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT key_hash FROM api_key WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getBytes(1);
            }
        }
    }
}
