package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Issue 22's soak: project creates and project list reads (100 a page) at fixed rates, sent on schedule whether or not
 * earlier answers have come (an open loop, as users send them), for {@code bench.soak.minutes} (10) at
 * {@code bench.soak.writes-per-second} and {@code bench.soak.reads-per-second} (50 each). Prints each minute's p50/p99,
 * errors and every service's RSS, so that a leak shows as memory still growing at the end.
 */
final class Soak implements Scenario {

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        int minutes = Integer.getInteger("bench.soak.minutes", 10);
        int writesPerSecond = Integer.getInteger("bench.soak.writes-per-second", 50);
        int readsPerSecond = Integer.getInteger("bench.soak.reads-per-second", 50);
        String client = gateway.send(gateway.post("/api/v1/clients", Map.of("name", "Soak client")), 201).path("id")
                .asText();
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        System.out.printf("  %d writes/s and %d reads/s for %d min; RSS at the start: %s%n", writesPerSecond,
                readsPerSecond, minutes, ResidentMemory.ofEveryService());
        List<Figures> figures = new ArrayList<>();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try {
            Figures writes = null;
            Figures reads = null;
            // one numbering for the whole run: a project key used again would be refused (409) as a duplicate
            AtomicInteger projectNumbers = new AtomicInteger();
            for (int minute = 1; minute <= minutes; minute++) {
                Sent sentWrites = new Sent(projectNumbers);
                Sent sentReads = new Sent(new AtomicInteger());
                long began = System.nanoTime();
                var writing = scheduler.scheduleAtFixedRate(() -> sentWrites.send(gateway, n -> create(gateway, client, run, n), 201),
                        0, 1_000_000 / writesPerSecond, TimeUnit.MICROSECONDS);
                var reading = scheduler.scheduleAtFixedRate(() -> sentReads.send(gateway, n -> gateway.get("/api/v1/projects?size=100"), 200),
                        0, 1_000_000 / readsPerSecond, TimeUnit.MICROSECONDS);
                sleep(Duration.ofMinutes(1));
                writing.cancel(false);
                reading.cancel(false);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
                Figures minuteWrites = sentWrites.figures("minute " + minute + ", POST /projects", elapsed);
                Figures minuteReads = sentReads.figures("minute " + minute + ", GET /projects?size=100", elapsed);
                System.out.printf("  minute %2d: writes p50 %.2f ms p99 %.2f ms, %d errors%s; reads p50 %.2f ms p99 %.2f ms, %d errors%s; RSS %s%n",
                        minute, minuteWrites.percentileMillis(50), minuteWrites.percentileMillis(99), minuteWrites.failures(),
                        sentWrites.failuresByAnswer(), minuteReads.percentileMillis(50), minuteReads.percentileMillis(99),
                        minuteReads.failures(), sentReads.failuresByAnswer(), ResidentMemory.ofEveryService());
                writes = writes == null ? minuteWrites : writes.plus(minuteWrites);
                reads = reads == null ? minuteReads : reads.plus(minuteReads);
            }
            figures.add(Figures.of("soak, POST /projects", writes.latenciesNanos(), writes.failures(), writes.elapsed()));
            figures.add(Figures.of("soak, GET /projects?size=100", reads.latenciesNanos(), reads.failures(),
                    reads.elapsed()));
        } finally {
            scheduler.shutdownNow();
        }
        return figures;
    }

    /** The requests of one minute, sent asynchronously, and what they took once answered. */
    private static final class Sent {

        private final AtomicInteger sequence;
        private final AtomicInteger failures = new AtomicInteger();
        private final Map<String, AtomicInteger> failedBy = new ConcurrentSkipListMap<>();
        private final AtomicInteger pending = new AtomicInteger();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

        Sent(AtomicInteger sequence) {
            this.sequence = sequence;
        }

        void send(Gateway gateway, IntFunction<HttpRequest> request, int expectedStatus) {
            long sent = System.nanoTime();
            pending.incrementAndGet();
            gateway.http().sendAsync(request.apply(sequence.getAndIncrement()), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies.add(System.nanoTime() - sent);
                        if (failure != null || response.statusCode() != expectedStatus) {
                            failures.incrementAndGet();
                            String answer = failure != null ? failure.getClass().getSimpleName()
                                    : Integer.toString(response.statusCode());
                            failedBy.computeIfAbsent(answer, any -> new AtomicInteger()).incrementAndGet();
                        }
                        pending.decrementAndGet();
                    });
        }

        /** What the failed requests got, e.g. " (409: 12, HttpTimeoutException: 1)"; empty when none failed. */
        String failuresByAnswer() {
            if (failedBy.isEmpty()) {
                return "";
            }
            StringJoiner answers = new StringJoiner(", ", " (", ")");
            failedBy.forEach((answer, count) -> answers.add(answer + ": " + count.get()));
            return answers.toString();
        }

        /** Once every request sent has been answered (or has failed). */
        Figures figures(String name, Duration elapsed) {
            long deadline = System.nanoTime() + Duration.ofSeconds(70).toNanos();
            while (pending.get() > 0 && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(50));
            }
            return Figures.of(name, latencies.stream().mapToLong(Long::longValue).toArray(),
                    failures.get() + pending.get(), elapsed);
        }
    }

    private static HttpRequest create(Gateway gateway, String client, String run, int n) {
        LocalDate start = LocalDate.of(2026, 1, 5).plusDays(n % 300);
        return gateway.post("/api/v1/projects", Map.of("key", "SK" + run + "-" + n, "name", "Soak project " + n,
                "clientId", client, "plannedStart", start.toString(), "plannedEnd", start.plusDays(90).toString(),
                "budget", Map.of("amount", "50000.00", "currency", "EUR")));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
