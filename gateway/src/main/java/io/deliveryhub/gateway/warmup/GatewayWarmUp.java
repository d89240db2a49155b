package io.deliveryhub.gateway.warmup;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.Roles;
import io.deliveryhub.gateway.routing.RouteTable;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A bounded warm-up before readiness (docs/performance.md#cold-start): once projects-service answers, the gateway
 * sends itself the most common requests, a project list and a project create that projects-service refuses (its
 * client does not exist), through its whole path (API key, rate limit, internal token, proxy exchange), under a key of
 * its own that it forgets afterwards. It waits for projects-service at most {@code deliveryhub.warm-up.upstream-wait}
 * (the gateway starts long before the services, and cannot serve their requests before they answer anyway), then
 * warms for {@code deliveryhub.warm-up.rounds} rounds or {@code deliveryhub.warm-up.time-limit}; a failure is logged
 * and ends the warm-up, and readiness never waits past both limits.
 */
@Singleton
public class GatewayWarmUp {

    private static final Logger LOG = Logger.getLogger(GatewayWarmUp.class);
    private static final String NAME = "warm-up";
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** The most an API key may be given: far above what the warm-up sends in its time. */
    private static final int RATE_PER_MINUTE = 1_000_000;

    private final ApiKeys apiKeys;
    private final List<URI> projectsService;
    private final Duration timeLimit;
    private final Duration upstreamWait;
    private final int rounds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private volatile boolean finished;
    private volatile long readyLatestAt = Long.MAX_VALUE;
    private volatile Thread runner;

    public GatewayWarmUp(ApiKeys apiKeys, RouteTable routes,
            @ConfigProperty(name = "deliveryhub.warm-up.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "deliveryhub.warm-up.time-limit", defaultValue = "10s") Duration timeLimit,
            @ConfigProperty(name = "deliveryhub.warm-up.rounds", defaultValue = "1000") int rounds,
            @ConfigProperty(name = "deliveryhub.warm-up.upstream-wait", defaultValue = "120s") Duration upstreamWait) {
        this.apiKeys = apiKeys;
        RouteTable.Route projects = routes.routes().get("projects");
        this.projectsService = projects == null ? List.of() : projects.upstream();
        this.timeLimit = timeLimit;
        this.upstreamWait = upstreamWait;
        this.rounds = rounds;
        this.finished = !enabled || projectsService.isEmpty() || rounds <= 0 || timeLimit.isZero();
    }

    /** Whether readiness may answer UP: the warm-up is over, or was given all the time it may take. */
    public boolean over() {
        return finished || System.nanoTime() - readyLatestAt > 0;
    }

    void limitStart(@Observes StartupEvent started) {
        readyLatestAt = System.nanoTime() + upstreamWait.plus(timeLimit).plus(GRACE).toNanos();
    }

    void start(@ObservesAsync HttpServerStart server) {
        if (finished || runner != null) {
            return;
        }
        URI gateway = URI.create("http://localhost:" + server.options().getPort());
        Thread thread = new Thread(() -> run(gateway), "warm-up");
        thread.setDaemon(true);
        runner = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        Thread running = runner;
        if (running != null) {
            running.interrupt();
        }
    }

    private void run(URI gateway) {
        try {
            Report report = warm(gateway, upstreamWait, timeLimit, rounds);
            if (report.failure() != null) {
                LOG.warnf("warm-up ended after %d rounds: %s", report.rounds(), report.failure());
            } else {
                LOG.infof("warmed up in %d ms: %d rounds", report.took().toMillis(), report.rounds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished = true;
        }
    }

    /** What a warm-up did: its rounds, their time, and why it ended early (null when it did not). */
    public record Report(int rounds, Duration took, String failure) {
    }

    /**
     * Waits up to {@code wait} for projects-service to answer, then sends the gateway at {@code gateway} up to
     * {@code maxRounds} rounds or {@code limit} of requests under a key admitted for that time only.
     */
    public Report warm(URI gateway, Duration wait, Duration limit, int maxRounds) throws InterruptedException {
        if (!awaitProjectsService(wait)) {
            return new Report(0, Duration.ZERO, "projects-service did not answer within " + wait);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = NAME + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        // its own bucket, as large as needed: the warm-up must neither be refused nor spend anyone else's requests
        Caller caller = Caller.integration(NAME, Set.of(Roles.ADMIN), RATE_PER_MINUTE);
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        int round = 0;
        try {
            while (round < maxRounds && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                // the key cache forgets after its time to live: admitted again each round
                apiKeys.admit(key, caller);
                send(gateway, key, HttpRequest.newBuilder(gateway.resolve("/api/v1/projects?size=20")).GET(), 200);
                send(gateway, key, HttpRequest.newBuilder(gateway.resolve("/api/v1/projects"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"key":"WARM-UP","name":"Warm-up project","clientId":"%s","plannedStart":"%s",
                                 "plannedEnd":"%s","budget":{"amount":"50000.00","currency":"EUR"}}"""
                                .formatted(UUID.randomUUID(), START, START.plusDays(90)))), 422);
                round++;
            }
            return new Report(round, Duration.ofNanos(System.nanoTime() - began), null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("warm-up request failed", e);
            return new Report(round, Duration.ofNanos(System.nanoTime() - began), e.getMessage());
        } finally {
            apiKeys.forget(key);
        }
    }

    private boolean awaitProjectsService(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> live = http.send(HttpRequest.newBuilder(projectsService.get(0).resolve("/q/health/live"))
                        .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (live.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }

    private void send(URI gateway, String key, HttpRequest.Builder request, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest built = request.timeout(TIMEOUT).header(ApiKeys.HEADER, key).header("Accept", "application/json")
                .build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
                    + response.statusCode() + " instead of " + expectedStatus + ": " + response.body());
        }
    }
}
