package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Issue 7's benchmark: the same GET of one project straight to projects-service, through the gateway,
 * through nginx as a plain reverse proxy, and through a plain proxy on the gateway's own stack (Vert.x), in
 * one run. Goals: gateway p50 ≤ 1.15 × direct, gateway throughput ≥ 0.7 × nginx. Measured at one client
 * (what the hop adds to a request) and at the configured number of clients (the hop under a saturating
 * load), each with the CPU every process on the way spent per request.
 */
final class GatewayOverhead implements Scenario {

    private static final int ROUNDS = 3;
    private static final String DIRECT = "direct to projects-service";
    private static final String GATEWAY = "through the gateway";
    private static final String NGINX = "through nginx";
    private static final String PLAIN_VERTX = "through a plain Vert.x proxy";

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

        List<Target> targets = new ArrayList<>();
        targets.add(new Target(DIRECT, n -> direct(service, path, token), null));
        targets.add(new Target(GATEWAY, n -> gateway.get(path), CpuClock.service(Service.GATEWAY.module())));
        List<ReverseProxy> proxies = new ArrayList<>();
        CpuClock upstream = CpuClock.service(Service.PROJECTS.module());
        // Before the rounds one unmeasured pass over every target, because until then only the service has warmed
        // up (on the seeding requests and on whichever target goes first), and the gateway's JIT compiling on the
        // measured clock of round one counted against it alone.
        List<Figures> figures = new ArrayList<>();
        try {
            targets.addAll(yardsticks(service, stack.settings().dataDirectory(), path, token, proxies));
            targets.forEach(target -> load.run(target.name(), target.request(), 200));
            // One client shows what the hop itself adds to a request; the configured clients (8 by default, more
            // than the 2 cores of the machine the figures come from) show it with everything queueing for CPU.
            if (load.clients() != 1) {
                figures.addAll(measure(targets, load.withClients(1), upstream));
            }
            figures.addAll(measure(targets, load, upstream));
        } finally {
            proxies.forEach(ReverseProxy::close);
        }
        return figures;
    }

    /** nginx when installed, and the plain Vert.x proxy: started, added to {@code proxies} for stopping. */
    private static List<Target> yardsticks(URI service, Path data, String path, String token, List<ReverseProxy> proxies) {
        List<Target> targets = new ArrayList<>();
        if (ReverseProxy.available()) {
            ReverseProxy nginx = ReverseProxy.start(service, data.resolve("nginx"));
            proxies.add(nginx);
            targets.add(new Target(NGINX, n -> direct(nginx.url(), path, token), CpuClock.tree("nginx", nginx.process())));
        } else {
            System.out.println("  nginx not installed (apt-get install nginx-light): no nginx comparison");
        }
        // the floor of the gateway's own stack: what a Vert.x proxy costs on this machine before it does anything
        ReverseProxy plain = PlainVertxProxy.start(service, data.resolve("plain-vertx"));
        proxies.add(plain);
        targets.add(new Target(PLAIN_VERTX, n -> direct(plain.url(), path, token),
                CpuClock.tree("plain Vert.x proxy", plain.process())));
        return targets;
    }

    /** Rounds in turn, so that the machine's other work favours none of the targets; their ratios printed. */
    private static List<Figures> measure(List<Target> targets, LoadRun load, CpuClock upstream) {
        String clients = load.clients() == 1 ? "1 client" : load.clients() + " clients";
        Map<String, Figures> figures = new LinkedHashMap<>();
        Map<String, Duration> proxyCpu = new LinkedHashMap<>();
        Map<String, Duration> upstreamCpu = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Target target : targets) {
                Duration[] before = new Duration[2];
                Figures run = load.run(target.name() + " (" + clients + ")", target.request(), 200, () -> {
                    before[0] = target.proxyCpu();
                    before[1] = upstream.used();
                });
                proxyCpu.merge(target.name(), target.proxyCpu().minus(before[0]), Duration::plus);
                upstreamCpu.merge(target.name(), upstream.used().minus(before[1]), Duration::plus);
                figures.merge(target.name(), run, Figures::plus);
            }
        }
        Figures direct = figures.get(DIRECT);
        Figures throughGateway = figures.get(GATEWAY);
        System.out.printf("  %s: gateway/direct p50 %.2f (goal ≤ 1.15), p99 %.2f, throughput %.2f%n", clients,
                throughGateway.percentileMillis(50) / direct.percentileMillis(50),
                throughGateway.percentileMillis(99) / direct.percentileMillis(99),
                throughGateway.perSecond() / direct.perSecond());
        if (figures.containsKey(NGINX)) {
            System.out.printf("  %s: gateway/nginx throughput %.2f (goal ≥ 0.70); nginx/direct p50 %.2f%n", clients,
                    throughGateway.perSecond() / figures.get(NGINX).perSecond(),
                    figures.get(NGINX).percentileMillis(50) / direct.percentileMillis(50));
        }
        System.out.printf("  %s: plain Vert.x proxy/direct p50 %.2f, gateway/plain Vert.x proxy p50 %.2f%n", clients,
                figures.get(PLAIN_VERTX).percentileMillis(50) / direct.percentileMillis(50),
                throughGateway.percentileMillis(50) / figures.get(PLAIN_VERTX).percentileMillis(50));
        for (Target target : targets) {
            int requests = figures.get(target.name()).requests();
            System.out.printf("  %s, %s: CPU µs per request %s%s %.0f%n", clients, target.name(),
                    target.proxy() == null ? "" : String.format("%s %.0f, ", target.proxy().name(),
                            micros(proxyCpu.get(target.name()), requests)),
                    upstream.name(), micros(upstreamCpu.get(target.name()), requests));
        }
        return List.copyOf(figures.values());
    }

    private static double micros(Duration cpu, int requests) {
        return cpu.toNanos() / 1_000.0 / Math.max(1, requests);
    }

    /** One way to the service, and the proxy on it whose CPU is counted (none when direct). */
    private record Target(String name, IntFunction<HttpRequest> request, CpuClock proxy) {

        Duration proxyCpu() {
            return proxy == null ? Duration.ZERO : proxy.used();
        }
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
        // each service accepts only tokens addressed to it, as the gateway's are
        claims.setAudience("projects");
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
