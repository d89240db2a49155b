package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Issue 7's benchmark: the same GET of one project straight to projects-service, through the gateway, and
 * through nginx as a plain reverse proxy, in one run. Goals: gateway p50 ≤ 1.15 × direct, gateway
 * throughput ≥ 0.7 × nginx.
 */
final class GatewayOverhead implements Scenario {

    private static final int ROUNDS = 3;

    @Override
    public String name() {
        return "gateway-overhead";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        String clientId = gateway.send(gateway.post("/api/v1/clients", Map.of("name", "Overhead client")), 201)
                .path("id").asText();
        String key = gateway.send(gateway.post("/api/v1/projects", Map.of("key", "OVERHEAD-1", "name", "Overhead",
                "clientId", clientId)), 201).path("key").asText();
        String path = "/api/v1/projects/" + key;
        URI service = stack.url(Service.PROJECTS);
        String token = "Bearer " + internalToken(stack);

        Map<String, IntFunction<HttpRequest>> targets = new LinkedHashMap<>();
        targets.put("direct to projects-service", n -> direct(service, path, token));
        targets.put("through the gateway", n -> gateway.get(path));
        ReverseProxy nginx = ReverseProxy.available()
                ? ReverseProxy.start(service, stack.settings().dataDirectory().resolve("nginx")) : null;
        if (nginx == null) {
            System.out.println("  nginx not installed (apt-get install nginx-light): no nginx comparison");
        } else {
            targets.put("through nginx", n -> direct(nginx.url(), path, token));
        }
        // Rounds in turn, so that the machine's other work favours none of them; before them one unmeasured pass
        // over every target, because until then only the service has warmed up (on the seeding requests and on
        // whichever target goes first), and the gateway's JIT compiling on the measured clock of round one
        // counted against it alone.
        Map<String, Figures> figures = new LinkedHashMap<>();
        try {
            targets.forEach((name, request) -> load.run(name, request, 200));
            for (int round = 0; round < ROUNDS; round++) {
                targets.forEach((name, request) -> figures.merge(name, load.run(name, request, 200), Figures::plus));
            }
        } finally {
            if (nginx != null) {
                nginx.close();
            }
        }
        Figures direct = figures.get("direct to projects-service");
        Figures throughGateway = figures.get("through the gateway");
        if (figures.containsKey("through nginx")) {
            System.out.printf("  gateway/nginx throughput %.2f (goal ≥ 0.70)%n",
                    throughGateway.perSecond() / figures.get("through nginx").perSecond());
        }
        System.out.printf("  gateway/direct p50 %.2f (goal ≤ 1.15), p99 %.2f, throughput %.2f%n",
                throughGateway.percentileMillis(50) / direct.percentileMillis(50),
                throughGateway.percentileMillis(99) / direct.percentileMillis(99),
                throughGateway.perSecond() / direct.perSecond());
        return List.copyOf(figures.values());
    }

    private static HttpRequest direct(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", token).header("Accept", "application/json").GET().build();
    }

    /** What the gateway would forward: an internal JWT signed with the stack's key, so the service accepts it. */
    private static String internalToken(LocalStack stack) {
        // jose4j directly: smallrye-jwt-build needs a MicroProfile Config implementation, which the launcher lacks
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("deliveryhub-gateway");
        claims.setSubject("bench");
        claims.setStringListClaim("groups", "ADMIN");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey(stack));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign the benchmark's token", e);
        }
    }

    private static PrivateKey privateKey(LocalStack stack) {
        try {
            String pem = Files.readString(stack.signingKeys().privateKey())
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable signing key", e);
        }
    }
}
