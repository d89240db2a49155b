package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * What one domain event costs the whole stack once it is warm: single writes through the gateway, one at a time at an
 * even rate ({@code bench.event-cost.rate}, 100/s), {@code bench.event-cost.events} of them (2,000) after as many
 * untimed ones, first time entries (resources-service to delivery-metrics), then status reports (projects-service to
 * delivery-metrics and resources-service). Each phase ends once delivery-metrics has applied every event; it is divided
 * into each process's CPU ({@link StackUse}), the commits of each database and PostgreSQL's WAL flushes, per event,
 * less what the stack spends idle over as long.
 */
final class EventCost implements Scenario {

    private static final int PROJECTS = 4;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    /** Until the statistics of every idle PostgreSQL backend are flushed (PGSTAT_IDLE_INTERVAL is 10 s). */
    private static final Duration SETTLE = Duration.ofSeconds(11);

    @Override
    public String name() {
        return "event-cost";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        int events = Integer.getInteger("bench.event-cost.events", 2000);
        int rate = Integer.getInteger("bench.event-cost.rate", 100);
        StatusReportPath path = new StatusReportPath(stack, gateway);
        MetricsInbox inbox = new MetricsInbox(stack);
        List<String> projects = path.projects(PROJECTS, "EC");
        ResourcesDatabase resources = new ResourcesDatabase(stack);
        String last = projects.get(projects.size() - 1);
        StatusReportPath.await(Duration.ofSeconds(60),
                () -> resources.count("select count(*) from known_project where id = ?::uuid", last) == 1)
                .orElseThrow(() -> new IllegalStateException("resources-service did not learn of the projects"));
        String person = gateway.send(gateway.post("/api/v1/people", Map.of("name", "Event cost bench",
                "email", "event-cost-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.example",
                "practice", "Data", "weeklyCapacityHours", 40)), 201).path("id").asText();

        IntFunction<HttpRequest> timeEntry = n -> gateway.post("/api/v1/time-entries", Map.of("personId", person,
                "projectId", projects.get(n % PROJECTS), "date", FIRST_DAY.plusDays(n % 300).toString(),
                "hours", 0.25, "billable", true));
        IntFunction<HttpRequest> statusReport = n -> path.report(projects.get(n % PROJECTS), n);

        Optional<StatementCounts> statements = StatementCounts.of(stack);
        Measured timeEntries = phase(stack, gateway, new Load(events, rate, timeEntry), inbox, MetricsInbox.RESOURCES,
                statements);
        statements.ifPresent(counts -> counts.print("time entry", events));
        Measured statusReports = phase(stack, gateway, new Load(events, rate, statusReport), inbox,
                MetricsInbox.PROJECTS, statements);
        statements.ifPresent(counts -> counts.print("status report", events));
        // idle last, once the JIT compilers and the start-up's background work are done
        StackUse.Reading idleFrom = settled(stack);
        StackUse idle = settled(stack).minus(idleFrom);
        System.out.printf("  idle, per second: %s%n", idle.per(seconds(idle.elapsed())));
        timeEntries.print("time entry", events, rate, idle);
        statusReports.print("status report", events, rate, idle);
        return List.of(Figures.of("time entry, one write at a time", timeEntries.latencies(), 0, timeEntries.writing()),
                Figures.of("status report, one write at a time", statusReports.latencies(), 0,
                        statusReports.writing()));
    }

    /** How many writes of which kind, at what rate. */
    private record Load(int events, int rate, IntFunction<HttpRequest> write) {
    }

    /** What the stack used from just before the first measured write until its events were applied and counted. */
    private record Measured(StackUse used, long[] latencies, Duration writing) {

        void print(String name, int events, int rate, StackUse idle) {
            System.out.printf("  %s, per event (%,d at %d/s, less idle): %s%n", name, events, rate,
                    used.minus(idle.scaled(seconds(used.elapsed()) / seconds(idle.elapsed()))).per(events));
        }
    }

    private static Measured phase(LocalStack stack, Gateway gateway, Load load, MetricsInbox inbox, String consumer,
            Optional<StatementCounts> statements) {
        write(gateway, load, load.events(), inbox, consumer); // warm-up, numbered after the measured ones
        StackUse.Reading before = settled(stack);
        statements.ifPresent(StatementCounts::reset);
        long began = System.nanoTime();
        long[] latencies = write(gateway, load, 0, inbox, consumer);
        Duration writing = Duration.ofNanos(System.nanoTime() - began);
        return new Measured(settled(stack).minus(before), latencies, writing);
    }

    /** Writes one at a time at an even rate, then waits until delivery-metrics has applied every event. */
    private static long[] write(Gateway gateway, Load load, int firstNumber, MetricsInbox inbox, String consumer) {
        long applied = inbox.handled(consumer);
        long[] latencies = new long[load.events()];
        long began = System.nanoTime();
        long every = TimeUnit.SECONDS.toNanos(1) / load.rate();
        for (int n = 0; n < load.events(); n++) {
            long wait = began + n * every - System.nanoTime();
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            }
            long sent = System.nanoTime();
            gateway.send(load.write().apply(firstNumber + n), 201);
            latencies[n] = System.nanoTime() - sent;
        }
        StatusReportPath.await(Duration.ofMinutes(5), () -> inbox.handled(consumer) >= applied + load.events())
                .orElseThrow(() -> new IllegalStateException("delivery-metrics did not apply the events within 5 min"));
        return latencies;
    }

    private static StackUse.Reading settled(LocalStack stack) {
        sleep(SETTLE);
        return StackUse.read(stack);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** delivery-metrics' inbox: how many events a consumer of it has recorded. */
    private static final class MetricsInbox extends BenchDatabase {

        static final String PROJECTS = "delivery-metrics.projects";
        static final String RESOURCES = "delivery-metrics.resources";

        MetricsInbox(LocalStack stack) {
            super(stack.jdbcUrl(Service.DELIVERY_METRICS));
        }

        long handled(String consumer) {
            return count("select count(*) from inbox where consumer = ?", consumer);
        }
    }
}
