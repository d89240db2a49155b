package io.deliveryhub.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * A stand-in for the services behind the gateway (and the organisation's identity provider): a real HTTP
 * server that records what reached it and answers with the path and byte count it received, unless a
 * test gave it a canned answer for the path, and names itself in {@value #INSTANCE_HEADER}. The delivery-metrics
 * service runs as two replicas. A fourth route, {@code /api/v1/legacy}, points at a closed port; a fifth,
 * {@code /api/v1/replicated}, at a closed port and a replica that answers.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    public record Received(String method, String uri, MultiMap headers, long bodyBytes) {
    }

    /** A canned answer; {@code delayMillis} makes the stub slow. */
    public record Canned(int status, String body, long delayMillis) {
        public static Canned json(int status, String body) {
            return new Canned(status, body, 0);
        }
    }

    public static final String INSTANCE_HEADER = "X-Stub-Instance";
    public static final String OIDC_ISSUER = "https://idp.example.com/realms/deliveryhub";
    public static final String OIDC_AUDIENCE = "deliveryhub-api";
    public static final AtomicReference<Received> LAST = new AtomicReference<>();
    /** Canned answers by path, or by path and query when the key has a '?'. */
    public static final Map<String, Canned> CANNED = new ConcurrentHashMap<>();
    public static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    /** Slow answers whose connection the gateway closed before they were sent, by path. */
    public static final Map<String, AtomicInteger> ABANDONED = new ConcurrentHashMap<>();
    public static PublicKey publicKey;
    /** The identity provider's signing key, published at /jwks with key id {@code idp-1}. */
    public static KeyPair idpKeys;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        try {
            KeyPair keys = rsa();
            publicKey = keys.getPublic();
            idpKeys = rsa();
            Path keyFile = Path.of("target", "gateway-test", "private.pem").toAbsolutePath();
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) idpKeys.getPublic());
            jwk.setKeyId("idp-1");
            jwk.setAlgorithm("RS256");
            String jwks = new JsonWebKeySet(jwk).toJson();

            vertx = Vertx.vertx();
            String projects = serve("projects", "projects", jwks);
            String resources = serve("resources", "resources", jwks);
            String metrics = serve("delivery-metrics-1", "delivery-metrics", jwks) + ","
                    + serve("delivery-metrics-2", "delivery-metrics", jwks);
            String replicated = serve("replicated-2", "resources", jwks);
            return Map.ofEntries(
                    Map.entry("smallrye.jwt.sign.key.location", keyFile.toString()),
                    Map.entry("deliveryhub.gateway.admin-api-key", "test-admin-key"),
                    Map.entry("deliveryhub.gateway.oidc.issuer", OIDC_ISSUER),
                    Map.entry("deliveryhub.gateway.oidc.jwks-url", projects + "/jwks"),
                    Map.entry("deliveryhub.gateway.oidc.audience", OIDC_AUDIENCE),
                    Map.entry("deliveryhub.gateway.oidc.roles-claim", "realm_access.roles"),
                    Map.entry("deliveryhub.routes.projects.upstream", projects),
                    Map.entry("deliveryhub.routes.delivery-metrics.upstream", metrics),
                    Map.entry("deliveryhub.routes.resources.upstream", resources),
                    Map.entry("deliveryhub.routes.legacy.upstream", "http://localhost:" + closedPort()),
                    Map.entry("deliveryhub.routes.legacy.paths", "/api/v1/legacy"),
                    Map.entry("deliveryhub.routes.replicated.upstream", "http://localhost:" + closedPort() + "," + replicated),
                    Map.entry("deliveryhub.routes.replicated.paths", "/api/v1/replicated"));
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub did not start", e);
        }
    }

    /** One server per replica, so each answers /q/openapi with its service's document (a fixture taken from the service's build). */
    private String serve(String instance, String service, String jwks) throws Exception {
        String openapi = new String(UpstreamStub.class.getResourceAsStream("/openapi/" + service + ".json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            request.response().putHeader(INSTANCE_HEADER, instance);
            long[] bytes = { 0 };
            request.handler(chunk -> bytes[0] += chunk.length());
            request.endHandler(done -> {
                if (request.path().equals("/q/openapi")) {
                    request.response().putHeader("Content-Type", "application/json").end(openapi);
                    return;
                }
                LAST.set(new Received(request.method().name(), request.uri(),
                        MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), bytes[0]));
                HITS.computeIfAbsent(request.method() + " " + request.uri(), ignored -> new AtomicInteger())
                        .incrementAndGet();
                if (request.path().equals("/jwks")) {
                    request.response().putHeader("Content-Type", "application/json").end(jwks);
                    return;
                }
                answer(request, bytes[0]);
            });
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return "http://localhost:" + server.actualPort();
    }

    private void answer(HttpServerRequest request, long bytes) {
        Canned canned = CANNED.getOrDefault(request.uri(), CANNED.get(request.path()));
        if (canned == null) {
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("path", request.path()).put("bytes", bytes).encode());
            return;
        }
        Runnable reply = () -> request.response().setStatusCode(canned.status())
                .putHeader("Content-Type", canned.status() >= 400 ? "application/problem+json" : "application/json")
                .end(canned.body());
        if (canned.delayMillis() > 0) {
            request.response().closeHandler(ignored -> ABANDONED.computeIfAbsent(request.path(), path -> new AtomicInteger())
                    .incrementAndGet());
            vertx.setTimer(canned.delayMillis(), ignored -> reply.run());
        } else {
            reply.run();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    /** How many requests reached the stub as {@code request}: method, space, path and query ({@code "GET /api/v1/x?n=1"}). */
    public static int hits(String request) {
        AtomicInteger hits = HITS.get(request);
        return hits == null ? 0 : hits.get();
    }

    public static KeyPair keyPairNobodyTrusts() {
        try {
            return rsa();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
