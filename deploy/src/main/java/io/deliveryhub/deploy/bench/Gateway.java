package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The benchmarks' way in: every request through the gateway, as an integration with the admin API key. */
public final class Gateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final String credentialHeader;
    private final String credential;

    public Gateway(HttpClient http, URI base, String apiKey) {
        this(http, base, apiKey, "X-API-Key", apiKey);
    }

    private Gateway(HttpClient http, URI base, String apiKey, String credentialHeader, String credential) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.credentialHeader = credentialHeader;
        this.credential = credential;
    }

    /** The same gateway as a person with these roles, by a token of the local stack's dev issuer. */
    public Gateway asPerson(String... roles) {
        return asPerson("bench-" + String.join("-", roles).toLowerCase(), UUID.randomUUID(), roles);
    }

    /** A person of their own: each such caller has its own rate limit and in-flight places at the gateway. */
    public Gateway asPerson(String subject, UUID personId, String... roles) {
        JsonNode answer = send(post("/api/v1/auth/dev-token", Map.of("subject", subject, "roles", List.of(roles),
                "personId", personId.toString())), 200);
        return new Gateway(http, base, apiKey, "Authorization", "Bearer " + answer.path("token").asText());
    }

    public HttpClient http() {
        return http;
    }

    public HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    public HttpRequest post(String path, Object body) {
        try {
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not serializable as JSON: " + body, e);
        }
    }

    /** Sends and reads the JSON answer; anything but the expected status stops the benchmark with its body. */
    public JsonNode send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header(credentialHeader, credential).header("Accept", "application/json");
    }
}
