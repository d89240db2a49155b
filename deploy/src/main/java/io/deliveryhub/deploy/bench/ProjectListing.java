package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.deploy.local.LocalStack;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.net.http.HttpRequest;

/**
 * Issue 4's benchmark: listing and filtering projects when there are 10,000 of them, through the gateway.
 * Each query shape a frontend uses is measured on its own, so a slow filter cannot hide in an average.
 */
final class ProjectListing implements Scenario {

    private static final int PROJECTS = 10_000;
    private static final int CLIENTS = 50;
    private static final int SEEDING_CLIENTS = 8;

    @Override
    public String name() {
        return "projects-list";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        long began = System.nanoTime();
        List<String> clients = seed(gateway);
        System.out.printf("  seeded %d clients and %d projects through the gateway in %.1f s%n", CLIENTS, PROJECTS,
                (System.nanoTime() - began) / 1e9);
        String someClient = clients.get(7);
        Map<String, IntFunction<HttpRequest>> shapes = new java.util.LinkedHashMap<>();
        shapes.put("GET /projects (first page of 50)", n -> gateway.get("/api/v1/projects?size=50"));
        shapes.put("GET /projects?status=PROPOSED&sort=name,desc",
                n -> gateway.get("/api/v1/projects?status=PROPOSED&sort=name,desc&size=50"));
        shapes.put("GET /projects?clientId=...", n -> gateway.get("/api/v1/projects?size=50&clientId=" + someClient));
        shapes.put("GET /projects?q=<name part>",
                n -> gateway.get("/api/v1/projects?size=50&q=" + String.format(Locale.ROOT, "%03d", n % 1000)));
        shapes.put("GET /projects (page 150 of 200)", n -> gateway.get("/api/v1/projects?size=50&page=150"));
        List<Figures> figures = new ArrayList<>();
        shapes.forEach((name, request) -> figures.add(load.run(name, request, 200)));
        return figures;
    }

    static List<String> seed(Gateway gateway) {
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(gateway.send(gateway.post("/api/v1/clients",
                    Map.of("name", "Bench client " + i, "industry", "Banking")), 201).path("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(SEEDING_CLIENTS);
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase(Locale.ROOT);
            for (int i = 0; i < PROJECTS; i++) {
                int n = i;
                LocalDate start = LocalDate.of(2026, 1, 5).plusDays(n % 300);
                created.add(pool.submit(() -> gateway.send(gateway.post("/api/v1/projects", Map.of(
                        "key", "B" + run + "-" + n,
                        "name", String.format(Locale.ROOT, "Bench project %05d", n),
                        "clientId", clients.get(n % CLIENTS),
                        "plannedStart", start.toString(),
                        "plannedEnd", start.plusDays(90 + n % 200).toString(),
                        "budget", Map.of("amount", (50_000 + n * 10) + ".00", "currency", "EUR"))), 201)));
            }
            for (Future<JsonNode> project : created) {
                project.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seeding failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return clients;
    }
}
