package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's public API as one caller sees it (an API key or a person's token): JSON in and out, a failure
 * is an exception naming the request and the problem the API answered. A 429 or 503 is waited out as its
 * {@code Retry-After} says, as any well-behaved integration does; a GET, PUT or DELETE that the gateway gave up on
 * (502, 504: a service slow to answer, e.g. while it warms up) is sent again.
 */
final class PublicApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 500;
    private static final int MAX_RETRIES = 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final URI gateway;
    private final String credentialHeader;
    private final String credential;

    private PublicApi(HttpClient http, URI gateway, String credentialHeader, String credential) {
        this.http = http;
        this.gateway = gateway;
        this.credentialHeader = credentialHeader;
        this.credential = credential;
    }

    static PublicApi withApiKey(URI gateway, String apiKey) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return new PublicApi(http, gateway, "X-API-Key", apiKey);
    }

    PublicApi withApiKey(String apiKey) {
        return new PublicApi(http, gateway, "X-API-Key", apiKey);
    }

    /** The same gateway as a person, by a token of the local stack's development issuer (needs an ADMIN key). */
    PublicApi asPerson(String subject, String role, String personId) {
        String token = post("/api/v1/auth/dev-token", Map.of("subject", subject, "roles", List.of(role),
                "personId", personId), 200).path("token").asText();
        return new PublicApi(http, gateway, "Authorization", "Bearer " + token);
    }

    JsonNode get(String pathAndQuery) {
        return exchange("GET", pathAndQuery, null, Set.of(200)).body();
    }

    /** The resource, or empty when the API answers 404. */
    Optional<JsonNode> find(String pathAndQuery) {
        Answer answer = exchange("GET", pathAndQuery, null, Set.of(200, 404));
        return answer.status() == 404 ? Optional.empty() : Optional.of(answer.body());
    }

    /** Every item of a list, page by page. */
    List<JsonNode> all(String pathAndQuery) {
        List<JsonNode> items = new ArrayList<>();
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = get(pathAndQuery + separator + "page=" + page + "&size=" + PAGE_SIZE);
            answer.path("items").forEach(items::add);
            if (answer.path("items").size() < PAGE_SIZE) {
                return items;
            }
        }
    }

    JsonNode post(String path, Object body, Integer... expected) {
        return exchange("POST", path, body, Set.of(expected)).body();
    }

    /** A write whose answer status tells what it did (e.g. 201 created, 200 replaced). */
    Answer put(String path, Object body) {
        return exchange("PUT", path, body, Set.of(200, 201));
    }

    void delete(String path) {
        exchange("DELETE", path, null, Set.of(204, 404));
    }

    record Answer(int status, JsonNode body) {
    }

    private Answer exchange(String method, String path, Object body, Set<Integer> expected) {
        HttpRequest request = request(method, path, body);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            boolean refusedForNow = status == 429 || status == 503;
            // a gateway timeout may have executed the request: only a request that is safe to repeat is sent again
            boolean timedOut = (status == 502 || status == 504) && !method.equals("POST");
            if ((refusedForNow || timedOut) && attempt < MAX_RETRIES) {
                pause(response.headers().firstValue("Retry-After").map(PublicApi::seconds).orElse(1L));
                continue;
            }
            if (!expected.contains(status)) {
                throw new DemoFailure(method + " " + path + " answered " + status + ": " + response.body());
            }
            return new Answer(status, read(response.body()));
        }
    }

    private HttpRequest request(String method, String path, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                .header(credentialHeader, credential).header("Accept", "application/json");
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not serializable as JSON: " + body, e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoFailure(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted while seeding", e);
        }
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted while waiting out a rate limit", e);
        }
    }
}
