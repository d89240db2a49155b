package io.deliveryhub.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the services behind the gateway: a real HTTP server that records what reached it
 * and answers with the path and byte count it received. The resources route points at a closed port.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    public record Received(String method, String uri, MultiMap headers, long bodyBytes) {
    }

    public static final AtomicReference<Received> LAST = new AtomicReference<>();
    public static PublicKey publicKey;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            publicKey = keys.getPublic();
            Path keyFile = Path.of("target", "gateway-test", "private.pem").toAbsolutePath();
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");

            vertx = Vertx.vertx();
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
                long[] bytes = { 0 };
                request.handler(chunk -> bytes[0] += chunk.length());
                request.endHandler(done -> {
                    LAST.set(new Received(request.method().name(), request.uri(),
                            MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), bytes[0]));
                    request.response().putHeader("Content-Type", "application/json")
                            .end(new JsonObject().put("path", request.path()).put("bytes", bytes[0]).encode());
                });
            }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String upstream = "http://localhost:" + server.actualPort();
            return Map.of(
                    "smallrye.jwt.sign.key.location", keyFile.toString(),
                    "deliveryhub.gateway.admin-api-key", "test-admin-key",
                    "deliveryhub.routes.projects.upstream", upstream,
                    "deliveryhub.routes.delivery-metrics.upstream", upstream,
                    "deliveryhub.routes.resources.upstream", "http://localhost:" + closedPort());
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
