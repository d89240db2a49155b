package io.deliveryhub.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private static final JsonObject GATEWAY = new JsonObject("""
            {"openapi":"3.1.0","info":{"title":"t","version":"1"},"servers":[{"url":"http://localhost:8080"}],
             "security":[{"bearerAuth":[]}],"paths":{},
             "components":{"securitySchemes":{"bearerAuth":{"type":"http","scheme":"bearer"}},
                           "schemas":{"Problem":{"type":"object"}}}}
            """);

    @Test
    void prefixesACollidingSchemaWithOtherContentAndFollowsItsReferences() {
        JsonObject projects = service("/api/v1/projects", "Status", "{\"enum\":[\"ACTIVE\"]}");
        JsonObject metrics = service("/api/v1/metrics", "Status", "{\"enum\":[\"RED\"]}");

        JsonObject merged = merge(projects, metrics);

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.fieldNames()).contains("Status", "DeliveryMetricsStatus", "Problem");
        assertThat(schemas.getJsonObject("DeliveryMetricsStatus").getJsonArray("enum")).containsExactly("RED");
        assertThat(merged.getJsonObject("paths").getJsonObject("/api/v1/metrics").encode())
                .contains("#/components/schemas/DeliveryMetricsStatus");
        assertThat(merged.getJsonObject("paths").getJsonObject("/api/v1/projects").encode())
                .contains("#/components/schemas/Status\"");
    }

    @Test
    void keepsIdenticalSchemasOnceAndTheServicesSecuritySchemeNot() {
        JsonObject merged = merge(service("/api/v1/projects", "Problem", "{\"type\":\"object\"}"),
                service("/api/v1/metrics", "Problem", "{\"type\":\"object\"}"));

        JsonObject components = merged.getJsonObject("components");
        assertThat(components.getJsonObject("schemas").fieldNames()).containsExactly("Problem");
        assertThat(components.getJsonObject("securitySchemes").fieldNames()).containsExactly("bearerAuth");
    }

    @Test
    void takesEachPathFromItsOwnerOnly() {
        JsonObject stray = service("/api/v1/metrics", "X", "{}");
        JsonObject merged = merge(service("/api/v1/projects", "Y", "{}"), stray);
        assertThat(merged.getJsonObject("paths").fieldNames()).containsExactly("/api/v1/metrics", "/api/v1/projects");

        Map<String, JsonObject> services = new LinkedHashMap<>();
        services.put("projects", service("/api/v1/metrics", "Z", "{}"));
        JsonObject wrongOwner = OpenApiMerge.merge(GATEWAY, services, path -> Optional.of("delivery-metrics"));
        assertThat(wrongOwner.getJsonObject("paths").fieldNames()).isEmpty();
    }

    @Test
    void describesOperationsAsTheGatewayServesThem() {
        JsonObject merged = merge(service("/api/v1/projects", "S", "{}"), service("/api/v1/metrics", "T", "{}"));
        JsonObject post = merged.getJsonObject("paths").getJsonObject("/api/v1/projects").getJsonObject("post");

        assertThat(post.containsKey("security")).isFalse();
        assertThat(post.getJsonArray("x-roles")).containsExactly("ADMIN");
        assertThat(post.getString("description")).endsWith("Roles allowed: ADMIN.");
        assertThat(post.getJsonObject("responses").fieldNames()).contains("201", "401", "422", "429", "503", "504");
        assertThat(post.getJsonArray("parameters").encode()).contains("IdempotencyKey");
    }

    @Test
    void documentsEveryPatchBodyAsAMergePatchWhateverItsMediaType() {
        JsonObject projects = new JsonObject("""
                {"openapi":"3.1.0","paths":{"/api/v1/projects/{id}":{"patch":{
                  "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Edit"},
                                                                "example":{"name":"Renamed"}}}},
                  "responses":{"200":{"description":"Changed"}}}}},
                 "components":{"schemas":{"Edit":{"type":"object","required":["name","key"],
                   "properties":{"name":{"type":"string"},"key":{"type":"string"}}}}}}
                """);

        JsonObject merged = merge(projects, service("/api/v1/metrics", "T", "{}"));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("EditMergePatch").containsKey("required")).isFalse();
        assertThat(merged.getJsonObject("paths").getJsonObject("/api/v1/projects/{id}").encode())
                .contains("#/components/schemas/EditMergePatch");
        assertThat(schemas.getJsonObject("Edit").getJsonArray("required")).containsExactly("name", "key");
    }

    @Test
    void turnsStringDefaultsOfNumberParametersIntoNumbers() {
        JsonObject metrics = new JsonObject("""
                {"openapi":"3.1.0","paths":{"/api/v1/metrics":{"get":{"parameters":[
                  {"name":"threshold","in":"query","schema":{"type":"number","default":"0.5"}},
                  {"name":"limit","in":"query","schema":{"type":"integer","default":"10"}},
                  {"name":"q","in":"query","schema":{"type":"string","default":"all"}}],
                  "responses":{"200":{"description":"OK"}}}}}}
                """);

        JsonObject merged = merge(service("/api/v1/projects", "S", "{}"), metrics);

        String parameters = merged.getJsonObject("paths").getJsonObject("/api/v1/metrics").getJsonObject("get")
                .getJsonArray("parameters").encode();
        assertThat(parameters).contains("\"default\":0.5", "\"default\":10", "\"default\":\"all\"");
    }

    private static JsonObject merge(JsonObject projects, JsonObject metrics) {
        Map<String, JsonObject> services = new LinkedHashMap<>();
        services.put("projects", projects);
        services.put("delivery-metrics", metrics);
        return OpenApiMerge.merge(GATEWAY, services,
                path -> Optional.of(path.startsWith("/api/v1/metrics") ? "delivery-metrics" : "projects"));
    }

    private static JsonObject service(String path, String schema, String content) {
        return new JsonObject("""
                {"openapi":"3.1.0","paths":{"%s":{"post":{"security":[{"internalJwt":["ADMIN"]}],
                  "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/%s"}}}},
                  "responses":{"201":{"description":"Created"}}}}},
                 "components":{"schemas":{"%s":%s},"securitySchemes":{"internalJwt":{"type":"http","scheme":"bearer"}}}}
                """.formatted(path, schema, schema, content));
    }
}
