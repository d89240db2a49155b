package io.deliveryhub.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.ForwardedToken;
import io.deliveryhub.gateway.UpstreamStub;
import io.deliveryhub.gateway.routing.RouteTable;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class AuthenticationTest {

    @Inject
    RouteTable routes;

    /** Every path the gateway serves: each prefix of the route table (checked below) and the gateway's own endpoints. */
    static final List<String> ROUTED = List.of("/api/v1/clients", "/api/v1/projects", "/api/v1/project-templates",
            "/api/v1/exchange-rates",
            "/api/v1/integrations/crm", "/api/v1/people", "/api/v1/skills", "/api/v1/allocations",
            "/api/v1/resource-requests", "/api/v1/time-entries", "/api/v1/utilization", "/api/v1/capacity",
            "/api/v1/scenarios", "/api/v1/bench", "/api/v1/known-projects", "/api/v1/metrics", "/api/v1/deployments", "/api/v1/incidents",
            "/api/v1/alerts", "/api/v1/admin/metrics", "/api/v1/admin/projects", "/api/v1/admin/resources",
            "/api/v1/legacy", "/api/v1/replicated");

    static Stream<String> everyRoute() {
        return Stream.concat(ROUTED.stream(), Stream.of("/api/v1/admin/api-keys", "/api/v1/auth/dev-token",
                "/api/v1/views/portfolio", "/api/v1/views/projects/ACME"));
    }

    @Test
    void theTableOfRoutesAboveIsTheConfiguredOne() {
        assertThat(routes.routes().values().stream().flatMap(route -> route.paths().stream()))
                .containsExactlyInAnyOrderElementsOf(ROUTED);
    }

    @ParameterizedTest
    @MethodSource("everyRoute")
    void refusesEveryRouteWithoutCredentials(String path) {
        UpstreamStub.LAST.set(null);
        given().get(path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", allOf(containsString("ApiKey"), containsString("Bearer")))
                .body("type", endsWith("/unauthorized"), "status", is(401));
        given().header("Authorization", "Bearer not.a.token").get(path).then().statusCode(401);
        assertThat(UpstreamStub.LAST.get()).as("nothing reached a service").isNull();
    }

    @Test
    void theRouteTableSendsEachResourceToItsService() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/api/v1/integrations/crm/opportunities", "projects"),
                Map.entry("/api/v1/project-templates/x", "projects"),
                Map.entry("/api/v1/clients", "projects"),
                Map.entry("/api/v1/people/1/skills", "resources"),
                Map.entry("/api/v1/time-entries/batch", "resources"),
                Map.entry("/api/v1/bench", "delivery-metrics"),
                Map.entry("/api/v1/utilization", "delivery-metrics"),
                Map.entry("/api/v1/capacity", "resources"),
                Map.entry("/api/v1/scenarios/1/apply", "resources"),
                Map.entry("/api/v1/metrics/projects/1", "delivery-metrics"),
                Map.entry("/api/v1/alerts", "delivery-metrics"),
                Map.entry("/api/v1/admin/metrics/rebuild", "delivery-metrics"),
                Map.entry("/api/v1/admin/metrics/outbox/parked", "delivery-metrics"),
                Map.entry("/api/v1/admin/projects/outbox/parked", "projects"),
                Map.entry("/api/v1/admin/resources/outbox/parked", "resources"),
                Map.entry("/api/v1/admin/metrics/dead-letters/replay", "delivery-metrics"),
                Map.entry("/api/v1/admin/resources/dead-letters", "resources"));
        expected.forEach((path, owner) -> assertThat(routes.ownerOf(path)).as(path).contains(owner));
        assertThat(routes.ownerOf("/api/v1/admin/api-keys")).isEmpty();
        assertThat(routes.ownerOf("/api/v1/views/portfolio")).isEmpty();
    }

    @Test
    void aDevTokenMakesAPersonWhoseIdTravelsInTheInternalToken() {
        UUID personId = UUID.randomUUID();
        Callers.person(personId, "PROJECT_MANAGER", "DELIVERY_LEAD").get("/api/v1/projects").then().statusCode(200);

        JsonObject claims = ForwardedToken.claims();
        assertThat(claims.getString("sub")).isEqualTo("person-" + personId);
        assertThat(claims.getString("personId")).isEqualTo(personId.toString());
        assertThat(claims.getJsonArray("groups")).containsExactlyInAnyOrder("PROJECT_MANAGER", "DELIVERY_LEAD");
        assertThat(claims.containsKey("integration")).isFalse();
    }

    @Test
    void onlyTheAdminKeyMintsDevTokens() {
        String body = "{\"subject\":\"x\",\"roles\":[\"ADMIN\"]}";
        given().contentType("application/json").body(body).post("/api/v1/auth/dev-token").then().statusCode(401);
        Callers.person(UUID.randomUUID(), "ADMIN").contentType("application/json").body(body)
                .post("/api/v1/auth/dev-token").then().statusCode(403).body("type", endsWith("/forbidden"));
        Callers.withKey(Callers.newKey(100, "ADMIN")).contentType("application/json").body(body)
                .post("/api/v1/auth/dev-token").then().statusCode(200);
        Callers.admin().contentType("application/json").body("{\"subject\":\"x\",\"roles\":[\"KING\"]}")
                .post("/api/v1/auth/dev-token").then().statusCode(400).body("errors[0].field", is("roles"));
        Callers.admin().contentType("application/json").body("{\"subject\":")
                .post("/api/v1/auth/dev-token").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void acceptsTheIdentityProvidersTokensWithRolesFromTheConfiguredClaim() {
        String personId = UUID.randomUUID().toString();
        String token = idpToken(Instant.now().plusSeconds(300), UpstreamStub.OIDC_ISSUER, personId);

        given().header("Authorization", "Bearer " + token).get("/api/v1/people").then().statusCode(200);

        JsonObject claims = ForwardedToken.claims();
        assertThat(claims.getString("sub")).isEqualTo("jane@example.com");
        assertThat(claims.getString("personId")).isEqualTo(personId);
        assertThat(claims.getJsonArray("groups")).containsExactly("DELIVERY_MANAGER");
    }

    @Test
    void refusesExpiredForeignAndForgedBearerTokens() {
        String personId = UUID.randomUUID().toString();
        List.of(idpToken(Instant.now().minusSeconds(120), UpstreamStub.OIDC_ISSUER, personId),
                idpToken(Instant.now().plusSeconds(300), "https://other.example.com", personId),
                Jwt.issuer(UpstreamStub.OIDC_ISSUER).audience(UpstreamStub.OIDC_AUDIENCE).subject("mallory")
                        .expiresIn(300).jws().keyId("idp-1")
                        .sign(UpstreamStub.keyPairNobodyTrusts().getPrivate()))
                .forEach(token -> given().header("Authorization", "Bearer " + token).get("/api/v1/people")
                        .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer")));
    }

    @Test
    void aPersonWithoutAdminCannotManageKeys() {
        Callers.person(UUID.randomUUID(), "HEAD_OF_DELIVERY").get("/api/v1/admin/api-keys")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesIdentityProviderTokensForAnotherAudienceOrWithoutOne() {
        String personId = UUID.randomUUID().toString();
        List.of(idp(Instant.now().plusSeconds(300), UpstreamStub.OIDC_ISSUER, personId).audience("another-app"),
                idp(Instant.now().plusSeconds(300), UpstreamStub.OIDC_ISSUER, personId))
                .forEach(claims -> given().header("Authorization", "Bearer "
                        + claims.jws().keyId("idp-1").sign(UpstreamStub.idpKeys.getPrivate()))
                        .get("/api/v1/people").then().statusCode(401).contentType("application/problem+json"));
    }

    @Test
    void refusesTokensSignedWithAnAlgorithmOutsideTheAllowList() {
        String token = idp(Instant.now().plusSeconds(300), UpstreamStub.OIDC_ISSUER, UUID.randomUUID().toString())
                .audience(UpstreamStub.OIDC_AUDIENCE).jws().algorithm(SignatureAlgorithm.PS256).keyId("idp-1")
                .sign(UpstreamStub.idpKeys.getPrivate());

        given().header("Authorization", "Bearer " + token).get("/api/v1/people").then().statusCode(401);
    }

    @Test
    void aPersonWithNoneOfTheSystemsRolesIsTurnedAwayBeforeAnyServiceIsAsked() {
        UpstreamStub.LAST.set(null);
        String token = idp(Instant.now().plusSeconds(300), UpstreamStub.OIDC_ISSUER, UUID.randomUUID().toString())
                .claim("realm_access", Map.of("roles", List.of("offline_access")))
                .audience(UpstreamStub.OIDC_AUDIENCE).jws().keyId("idp-1").sign(UpstreamStub.idpKeys.getPrivate());

        given().header("Authorization", "Bearer " + token).header("Idempotency-Key", "k-1").contentType("application/json")
                .body("{}").post("/api/v1/clients")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
        assertThat(UpstreamStub.LAST.get()).isNull();
    }

    @Test
    void aPersonIdThatIsNoUuidIsRefusedNotA500() {
        String token = idpToken(Instant.now().plusSeconds(300), UpstreamStub.OIDC_ISSUER, "jane' OR 1=1");

        given().header("Authorization", "Bearer " + token).get("/api/v1/people")
                .then().statusCode(401).contentType("application/problem+json").body("type", endsWith("/unauthorized"));
    }

    private static String idpToken(Instant expiresAt, String issuer, String personId) {
        return idp(expiresAt, issuer, personId).audience(UpstreamStub.OIDC_AUDIENCE)
                .jws().keyId("idp-1").sign(UpstreamStub.idpKeys.getPrivate());
    }

    private static JwtClaimsBuilder idp(Instant expiresAt, String issuer, String personId) {
        return Jwt.issuer(issuer).subject("jane@example.com")
                .claim("realm_access", Map.of("roles", List.of("DELIVERY_MANAGER", "offline_access")))
                .claim("personId", personId)
                .issuedAt(expiresAt.minusSeconds(600))
                .expiresAt(expiresAt);
    }
}
