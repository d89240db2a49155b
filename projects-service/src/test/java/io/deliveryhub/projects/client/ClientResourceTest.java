package io.deliveryhub.projects.client;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientResourceTest {

    @Test
    void createsAClientAndPointsToIt() {
        String location = Api.as(DELIVERY_MANAGER).body(Map.of("name", "  Northwind  ", "industry", "Retail"))
                .post("/api/v1/clients")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("name", is("Northwind"), "industry", is("Retail"), "status", is("ACTIVE"), "version", is(1))
                .extract().header("Location");

        Api.as(TEAM_MEMBER).get(location)
                .then().statusCode(200).body("name", is("Northwind"));
    }

    @Test
    void honoursForwardedHostInLocation() {
        Api.as(ADMIN).header("X-Forwarded-Host", "hub.example.com").header("X-Forwarded-Proto", "https")
                .body(Map.of("name", "Forwarded Ltd"))
                .post("/api/v1/clients")
                .then().statusCode(201)
                .header("Location", startsWith("https://hub.example.com/api/v1/clients/"));
    }

    @Test
    void listsClientsPagedAndFilteredByName() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Api.as(ADMIN).body(Map.of("name", "Paged " + marker + " " + i)).post("/api/v1/clients").then().statusCode(201);
        }
        Api.as(INTEGRATION_CRM).queryParam("q", marker).queryParam("size", 2).queryParam("sort", "name,desc")
                .get("/api/v1/clients")
                .then().statusCode(200)
                .body("total", is(3), "page", is(0), "size", is(2), "items", hasSize(2),
                        "items[0].name", is("Paged " + marker + " 2"));
    }

    @Test
    void refusesAClientWithoutName() {
        Api.as(ADMIN).body(Map.of("industry", "Retail"))
                .post("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400), "type", endsWith("/validation"), "errors[0].field", is("name"));
    }

    @Test
    void refusesMalformedJson() {
        Api.as(ADMIN).body("{\"name\": ")
                .post("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("body"));
    }

    @Test
    void refusesAnUnknownSortField() {
        Api.as(ADMIN).queryParam("sort", "password").get("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", is("sort"));
    }

    @Test
    void refusesPageSizeOutOfRange() {
        Api.as(ADMIN).queryParam("size", 0).get("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", is("size"));
    }

    @Test
    void answers404ForAnUnknownClient() {
        Api.as(ADMIN).get("/api/v1/clients/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        Api.anonymous().get("/api/v1/clients")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json").body("status", is(401));
        Api.withToken(TestTokens.forged(ADMIN)).get("/api/v1/clients")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void aWriteDeclaringAnEmptyBodyIsAnsweredAtOnce() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String method : new String[] { "POST", "PATCH" }) {
            String path = method.equals("POST") ? "/api/v1/clients" : "/api/v1/clients/" + UUID.randomUUID();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + RestAssured.port + path))
                    .header("Authorization", "Bearer " + TestTokens.withRoles(ADMIN))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(method).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void refusesInternalTokensMeantForAnotherServiceOrForNone() {
        Api.withToken(TestTokens.forAudience("resources", ADMIN)).get("/api/v1/clients")
                .then().statusCode(401).contentType("application/problem+json");
        Api.withToken(TestTokens.forAudience(null, ADMIN)).get("/api/v1/clients")
                .then().statusCode(401).contentType("application/problem+json");
        Api.withToken(TestTokens.forAudience("projects", ADMIN)).get("/api/v1/clients").then().statusCode(200);
    }

    @Test
    void refusesRolesThatMayNotCreateClients() {
        Api.as(TEAM_MEMBER, PROJECT_MANAGER).body(Map.of("name", "Not allowed"))
                .post("/api/v1/clients")
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
        Api.as(INTEGRATION_PIPELINES).get("/api/v1/clients").then().statusCode(403);
    }
}
