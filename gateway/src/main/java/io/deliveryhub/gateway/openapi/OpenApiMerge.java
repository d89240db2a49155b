package io.deliveryhub.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One OpenAPI document for the whole API: the gateway's own and each service's, merged. Paths come from
 * the service that owns them in the route table; components with the same name and the same content are
 * kept once, while a colliding name with other content is prefixed with its service's name (and every
 * {@code $ref} in that service's part follows). Operations are described as callers see them at the
 * gateway: bearer JWT or API key instead of the internal token, RateLimit headers, 401/429/503 answers,
 * and {@code Idempotency-Key} on POST.
 */
public final class OpenApiMerge {

    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");

    private OpenApiMerge() {
    }

    /**
     * @param gateway  the gateway's own document: its paths, and the shared components (security schemes,
     *                 RateLimit headers, gateway responses) that every operation refers to
     * @param services each service's document by the service's name, in a stable order
     * @param ownerOf  the route table: which service owns a path
     */
    public static JsonObject merge(JsonObject gateway, Map<String, JsonObject> services,
            Function<String, Optional<String>> ownerOf) {
        JsonObject merged = new JsonObject()
                .put("openapi", gateway.getString("openapi"))
                .put("info", gateway.getJsonObject("info").copy())
                .put("servers", gateway.getJsonArray("servers").copy())
                .put("security", gateway.getJsonArray("security").copy());
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        Map<String, JsonObject> sources = new LinkedHashMap<>();
        sources.put("gateway", gateway);
        sources.putAll(services);
        sources.forEach((name, source) -> {
            JsonObject document = withoutCollisions(name, source.copy(), components);
            JsonObject sourceComponents = document.getJsonObject("components", new JsonObject());
            for (String kind : COMPONENT_KINDS) {
                JsonObject entries = sourceComponents.getJsonObject(kind, new JsonObject());
                entries.forEach(entry -> kindOf(components, kind).put(entry.getKey(), entry.getValue()));
            }
            if (name.equals("gateway")) {
                components.put("securitySchemes", sourceComponents.getJsonObject("securitySchemes").copy());
            }
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                boolean gatewayPath = name.equals("gateway");
                if (!path.getKey().startsWith("/api/") || (!gatewayPath && !ownerOf.apply(path.getKey()).equals(Optional.of(name)))) {
                    return;
                }
                JsonObject item = (JsonObject) path.getValue();
                item.forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        asSeenAtTheGateway(operation.getKey(), (JsonObject) operation.getValue(), !gatewayPath);
                    }
                });
                JsonObject existing = paths.getJsonObject(path.getKey());
                if (existing == null) {
                    paths.put(path.getKey(), item);
                } else {
                    item.forEach(operation -> existing.getMap().putIfAbsent(operation.getKey(), operation.getValue()));
                }
            });
            document.getJsonArray("tags", new JsonArray()).forEach(tag ->
                    tags.putIfAbsent(((JsonObject) tag).getString("name"), (JsonObject) tag));
        });
        uniqueOperationIds(paths);
        mergePatchBodies(paths, components);
        anyJsonForJacksonNodes(components);
        arraysHaveItems(components);
        numericDefaults(paths);
        numericDefaults(components);
        return merged.put("tags", new JsonArray(List.copyOf(tags.values()))).put("paths", sorted(paths))
                .put("components", components);
    }

    /** Renames this document's components whose names are taken by other content, and rewrites its $refs. */
    private static JsonObject withoutCollisions(String service, JsonObject document, JsonObject taken) {
        Map<String, String> renamed = new HashMap<>();
        JsonObject own = document.getJsonObject("components", new JsonObject());
        for (String kind : COMPONENT_KINDS) {
            JsonObject entries = own.getJsonObject(kind);
            if (entries == null) {
                continue;
            }
            for (String name : Set.copyOf(entries.fieldNames())) {
                Object existing = kindOf(taken, kind).getValue(name);
                if (existing != null && !existing.equals(entries.getValue(name))) {
                    String prefixed = prefix(service) + name;
                    entries.put(prefixed, entries.remove(name));
                    renamed.put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + prefixed);
                }
            }
        }
        return renamed.isEmpty() ? document : (JsonObject) rewriteRefs(document, renamed);
    }

    private static Object rewriteRefs(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(entry -> copy.put(entry.getKey(), entry.getKey().equals("$ref") && entry.getValue() instanceof String ref
                    ? renamed.getOrDefault(ref, ref)
                    : rewriteRefs(entry.getValue(), renamed)));
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(rewriteRefs(item, renamed)));
            return copy;
        }
        return node;
    }

    private static void asSeenAtTheGateway(String method, JsonObject operation, boolean proxied) {
        JsonArray security = operation.getJsonArray("security");
        if (security != null) {
            JsonArray roles = new JsonArray();
            security.forEach(requirement -> ((JsonObject) requirement).forEach(scheme -> {
                if (scheme.getValue() instanceof JsonArray scopes) {
                    scopes.forEach(role -> {
                        if (!roles.contains(role)) {
                            roles.add(role);
                        }
                    });
                }
            }));
            operation.remove("security");
            if (!roles.isEmpty()) {
                operation.put("x-roles", roles);
                String description = operation.getString("description");
                String allowed = "Roles allowed: " + String.join(", ", roles.stream().map(String::valueOf).toList()) + ".";
                operation.put("description", description == null ? allowed : description + "\n\n" + allowed);
            }
        }
        JsonObject responses = operation.getJsonObject("responses", new JsonObject());
        responses.forEach(response -> {
            if (response.getValue() instanceof JsonObject answer && !answer.containsKey("$ref")) {
                JsonObject headers = answer.getJsonObject("headers", new JsonObject());
                RATE_LIMIT_HEADERS.forEach(header -> headers.put(header, ref("headers", header)));
                answer.put("headers", headers);
            }
        });
        responses.put("401", ref("responses", "Unauthorized"));
        responses.put("429", ref("responses", "TooManyRequests"));
        if (proxied) {
            responses.put("503", ref("responses", "ServiceUnavailable"));
            responses.put("504", ref("responses", "GatewayTimeout"));
        }
        operation.put("responses", responses);
        if (proxied && method.equals("post")) {
            JsonArray parameters = operation.getJsonArray("parameters", new JsonArray());
            parameters.add(ref("parameters", "IdempotencyKey"));
            operation.put("parameters", parameters);
            responses.getMap().putIfAbsent("422", ref("responses", "Unprocessable"));
        }
    }

    /**
     * A JSON merge patch carries any subset of the fields, and null removes one (RFC 7396), so its body
     * schema is the target's without {@code required} and with every property nullable: otherwise every
     * partial example, and every client, would be told it is invalid.
     */
    private static void mergePatchBodies(JsonObject paths, JsonObject components) {
        JsonObject schemas = kindOf(components, "schemas");
        paths.forEach(path -> {
            // Every PATCH of the API is a merge patch, whichever media types it also accepts (plain JSON too).
            if (!(((JsonObject) path.getValue()).getValue("patch") instanceof JsonObject operation)) {
                return;
            }
            JsonObject content = operation.getJsonObject("requestBody", new JsonObject())
                    .getJsonObject("content", new JsonObject());
            content.forEach(type -> {
                if (type.getValue() instanceof JsonObject media) {
                    asMergePatch(media, schemas);
                }
            });
        });
    }

    private static void asMergePatch(JsonObject media, JsonObject schemas) {
        String ref = media.getJsonObject("schema", new JsonObject()).getString("$ref");
        if (ref == null || !ref.startsWith("#/components/schemas/")) {
            return;
        }
        String name = ref.substring("#/components/schemas/".length());
        JsonObject target = schemas.getJsonObject(name);
        if (target == null || !target.containsKey("required")) {
            return;
        }
        String patchName = name + "MergePatch";
        if (!schemas.containsKey(patchName)) {
            JsonObject patch = target.copy();
            patch.remove("required");
            JsonObject properties = patch.getJsonObject("properties", new JsonObject());
            java.util.Set.copyOf(properties.fieldNames()).forEach(property -> properties.put(property, new JsonObject().put("anyOf",
                    new JsonArray().add(properties.getValue(property)).add(new JsonObject().put("type", "null")))));
            schemas.put(patchName, patch);
        }
        media.put("schema", ref("schemas", patchName));
    }

    /**
     * JAX-RS defaults are strings ({@code @DefaultValue("0.5")}), and the services' documents repeat them as
     * such even on number parameters; a number schema's default must be a number.
     */
    private static void numericDefaults(Object node) {
        if (node instanceof JsonObject object) {
            Object type = object.getValue("type");
            boolean numeric = "number".equals(type) || "integer".equals(type)
                    || (type instanceof JsonArray types && (types.contains("number") || types.contains("integer")));
            if (numeric && object.getValue("default") instanceof String text) {
                try {
                    object.put("default", new java.math.BigDecimal(text));
                } catch (NumberFormatException notANumber) {
                    object.remove("default");
                }
            }
            object.forEach(entry -> numericDefaults(entry.getValue()));
        } else if (node instanceof JsonArray array) {
            array.forEach(OpenApiMerge::numericDefaults);
        }
    }

    /**
     * A service that exposes free-form JSON as Jackson's {@code JsonNode} gets that class's getters documented
     * by reflection (isArray, nodeType...), which no client should model: it is any JSON value.
     */
    private static void anyJsonForJacksonNodes(JsonObject components) {
        JsonObject schemas = kindOf(components, "schemas");
        if (schemas.containsKey("JsonNode")) {
            schemas.put("JsonNode", new JsonObject().put("description", "Any JSON value"));
            schemas.remove("JsonNodeType");
        }
    }

    /** An array schema without {@code items} allows any items; saying so explicitly keeps validators and generators happy. */
    private static void arraysHaveItems(Object node) {
        if (node instanceof JsonObject object) {
            if ("array".equals(object.getValue("type")) && !object.containsKey("items")) {
                object.put("items", new JsonObject());
            }
            object.forEach(entry -> arraysHaveItems(entry.getValue()));
        } else if (node instanceof JsonArray array) {
            array.forEach(OpenApiMerge::arraysHaveItems);
        }
    }

    /** Services choose their operation ids alone; at the gateway two may meet. */
    private static void uniqueOperationIds(JsonObject paths) {
        Map<String, Integer> seen = new HashMap<>();
        paths.forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
            if (operation.getValue() instanceof JsonObject details && details.containsKey("operationId")) {
                String id = details.getString("operationId");
                int count = seen.merge(id, 1, Integer::sum);
                if (count > 1) {
                    details.put("operationId", id + count);
                }
            }
        }));
    }

    private static JsonObject ref(String kind, String name) {
        return new JsonObject().put("$ref", "#/components/" + kind + "/" + name);
    }

    private static JsonObject kindOf(JsonObject components, String kind) {
        JsonObject entries = components.getJsonObject(kind);
        if (entries == null) {
            entries = new JsonObject();
            components.put(kind, entries);
        }
        return entries;
    }

    private static JsonObject sorted(JsonObject paths) {
        JsonObject sorted = new JsonObject();
        paths.fieldNames().stream().sorted().forEach(path -> sorted.put(path, paths.getValue(path)));
        return sorted;
    }

    /** {@code delivery-metrics} → {@code DeliveryMetrics}. */
    static String prefix(String service) {
        StringBuilder prefix = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return prefix.toString();
    }
}
