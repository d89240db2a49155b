package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.deploy.local.LocalStack;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 20's webhook benchmark: a receiver on loopback that verifies every signature, and (ADMIN's) subscriptions to
 * {@code deliveryhub.status-report.*}, one per project or each to every project ({@code -Dbench.webhooks.fan-out}).
 * Status reports POSTed at the gateway make the events, each by its project's manager (a person of their own), as
 * a firm's reports come from many people: one caller writing them all would meet the gateway's per-caller limits,
 * which are there to stop exactly that. (a) a burst of {@code bench.webhooks.burst} reports: deliveries
 * per second from the first write to the last arrival; (b) reports at a steady {@code bench.webhooks.rate} a second
 * for {@code bench.webhooks.seconds}: the latency from the event's CloudEvent {@code time} (the service's write) to
 * the delivery's arrival, and deliveries missing or duplicated once the queue has drained.
 */
final class WebhookDeliveryBench implements Scenario {

    private static final String TYPES = "deliveryhub.status-report.*";
    private static final int BURST_IN_FLIGHT = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway admin, LoadRun load) {
        WebhookBenchOptions options = WebhookBenchOptions.from(System.getProperties());
        System.out.println("  " + options.describe());
        List<Reporter> projects = seed(admin, options.subscriptions());
        AtomicInteger sequence = new AtomicInteger();
        List<Figures> figures = new ArrayList<>();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(admin, receiver, projects, options.fanOut());

            WebhookTally burst = receiver.newTally();
            long start = System.nanoTime();
            int accepted = burst(projects, sequence, options.burst());
            double written = (System.nanoTime() - start) / 1e9;
            int expected = accepted * options.deliveriesPerEvent();
            drain(burst, expected, options.drain());
            double delivering = (burst.lastArrivalNanos() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  burst: %d reports written in %.1f s (%.0f/s); %d deliveries in %.1f s from "
                    + "the first write = %.0f deliveries/s; missing after the %d s drain %d, duplicates %d, bad signatures %d%n",
                    accepted, written, accepted / written, burst.delivered(), delivering, burst.delivered() / delivering,
                    options.drain().toSeconds(), burst.missing(expected), burst.duplicates(), burst.badSignatures());
            figures.add(Figures.of("burst of " + accepted + ": write → webhook", burst.latenciesNanos(),
                    burst.missing(expected), Duration.ofNanos(burst.lastArrivalNanos() - start)));

            System.out.printf("  warming up for %d s at %d/s%n", options.warmUp().toSeconds(), options.rate());
            WebhookTally warm = receiver.newTally();
            drain(warm, steady(projects, sequence, options.rate(), options.warmUp()).accepted()
                    * options.deliveriesPerEvent(), options.drain());

            WebhookTally steady = receiver.newTally();
            start = System.nanoTime();
            Steady writes = steady(projects, sequence, options.rate(), options.steady());
            accepted = writes.accepted();
            figures.add(writes.figures());
            expected = accepted * options.deliveriesPerEvent();
            drain(steady, expected, options.drain());
            System.out.printf("  steady: %d reports accepted at %d/s; %d deliveries, missing after the %d s drain %d, "
                    + "duplicates %d, bad signatures %d%n", accepted, options.rate(), steady.delivered(),
                    options.drain().toSeconds(), steady.missing(expected),
                    steady.duplicates(), steady.badSignatures());
            figures.add(Figures.of("event time → webhook (" + options.rate() + " events/s)", steady.latenciesNanos(),
                    steady.missing(expected), Duration.ofNanos(System.nanoTime() - start)));
        }
        return figures;
    }

    /** A project and its manager, who writes its reports. */
    private record Reporter(String projectId, Gateway writer) {
    }

    /** Reports as fast as {@link #BURST_IN_FLIGHT} requests in flight allow; returns how many were accepted. */
    private static int burst(List<Reporter> projects, AtomicInteger sequence, int count) {
        Semaphore room = new Semaphore(BURST_IN_FLIGHT);
        AtomicInteger accepted = new AtomicInteger();
        Map<String, Integer> refused = new ConcurrentSkipListMap<>();
        try {
            for (int i = 0; i < count; i++) {
                room.acquire();
                send(projects, sequence).whenComplete((response, error) -> {
                    tally(response, error, accepted, refused);
                    room.release();
                });
            }
            room.acquire(BURST_IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        if (!refused.isEmpty()) {
            System.out.printf("  burst: %d of %d reports refused: %s%n", count - accepted.get(), count, refused);
        }
        return accepted.get();
    }

    /** What a steady phase's writes came to: how many were accepted, and their latency with the refusals. */
    private record Steady(int accepted, Figures figures) {
    }

    /** Reports at a fixed rate for the duration, counted once all have answered. */
    private static Steady steady(List<Reporter> projects, AtomicInteger sequence, int perSecond, Duration duration) {
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        Map<String, Integer> refused = new ConcurrentSkipListMap<>();
        pacer.scheduleAtFixedRate(() -> {
            sent.incrementAndGet();
            long sentAt = System.nanoTime();
            send(projects, sequence).whenComplete((response, error) -> {
                if (tally(response, error, accepted, refused)) {
                    latencies.add(System.nanoTime() - sentAt);
                }
                answered.incrementAndGet();
            });
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        try {
            Thread.sleep(duration.toMillis());
            pacer.shutdown();
            pacer.awaitTermination(5, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answered.get() < sent.get() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        System.out.printf("  %d reports sent in %d s, %d answered, %d accepted, refused: %s%n", sent.get(),
                duration.toSeconds(), answered.get(), accepted.get(), refused);
        return new Steady(accepted.get(), Figures.of("status report write (" + perSecond + "/s offered)",
                latencies.stream().mapToLong(Long::longValue).toArray(), sent.get() - accepted.get(), duration));
    }

    /** Counts an answer: accepted, or refused by status and problem type (which limit or check said no). */
    private static boolean tally(HttpResponse<String> response, Throwable error, AtomicInteger accepted,
            Map<String, Integer> refused) {
        if (error == null && response.statusCode() == 201) {
            accepted.incrementAndGet();
            return true;
        }
        refused.merge(error == null ? response.statusCode() + " " + problemType(response.body())
                : error.getClass().getSimpleName(), 1, Integer::sum);
        return false;
    }

    /** The last segment of a problem document's {@code type}, or what the body was instead. */
    private static String problemType(String body) {
        try {
            String type = JSON.readTree(body).path("type").asText("");
            return type.isEmpty() ? "(no problem type)" : type.substring(type.lastIndexOf('/') + 1);
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    private static CompletableFuture<HttpResponse<String>> send(List<Reporter> projects, AtomicInteger sequence) {
        int n = sequence.getAndIncrement();
        Reporter reporter = projects.get(n % projects.size());
        Gateway writer = reporter.writer();
        HttpRequest report = writer.post("/api/v1/projects/" + reporter.projectId() + "/status-reports",
                Map.of("asOf", LocalDate.now(ZoneOffset.UTC).toString(), "overall", n % 2 == 0 ? "GREEN" : "AMBER",
                        "schedule", "GREEN", "budget", "GREEN", "scope", "GREEN", "quality", "GREEN",
                        "percentComplete", 50, "summary", "webhook bench report " + n));
        return writer.http().sendAsync(report, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the tally has the expected deliveries, or for at most {@code patience}. */
    private static void drain(WebhookTally tally, int expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (tally.delivered() < expected && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void subscribe(Gateway admin, WebhookReceiver receiver, List<Reporter> projects, boolean fanOut) {
        for (int i = 0; i < projects.size(); i++) {
            Map<String, Object> body = new HashMap<>(Map.of("url", receiver.url(i), "types", List.of(TYPES),
                    "description", "webhook bench " + i));
            if (!fanOut) {
                body.put("projectId", projects.get(i).projectId());
            }
            receiver.secret(i, admin.send(admin.post("/api/v1/webhooks/subscriptions", body), 201)
                    .path("secret").asText());
        }
    }

    /** ACTIVE projects to report on, one per subscription, each with a project manager of its own. */
    private static List<Reporter> seed(Gateway admin, int count) {
        Gateway writer = admin.asPerson("HEAD_OF_DELIVERY");
        String client = writer.send(writer.post("/api/v1/clients", Map.of("name", "Webhook bench client",
                "industry", "Banking")), 201).path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase(Locale.ROOT);
        List<Reporter> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID manager = UUID.randomUUID();
            String id = writer.send(writer.post("/api/v1/projects", Map.of("key", "WH" + run + "-" + i,
                    "name", "Webhook bench " + i, "clientId", client, "projectManagerId", manager.toString(),
                    "deliveryManagerId", UUID.randomUUID().toString(), "plannedStart", today.minusDays(10).toString(),
                    "plannedEnd", today.plusDays(100).toString(),
                    "budget", Map.of("amount", "100000.00", "currency", "EUR"))), 201).path("id").asText();
            for (String status : new String[] { "PLANNING", "ACTIVE" }) {
                writer.send(writer.post("/api/v1/projects/" + id + "/transitions",
                        Map.of("to", status, "reason", "webhook bench")), 200);
            }
            projects.add(new Reporter(id, admin.asPerson("bench-project-manager-" + run + "-" + i, manager,
                    "PROJECT_MANAGER")));
        }
        return projects;
    }
}
