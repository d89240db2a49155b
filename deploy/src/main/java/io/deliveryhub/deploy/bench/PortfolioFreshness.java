package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.deploy.local.LocalStack;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 6's freshness benchmark: status reports POSTed at the gateway at 200 a second, each by its project's own manager
 * (one caller sending them all would meet the gateway's per-caller in-flight cap), and for ten of them a second
 * the time from sending it until GET /metrics/portfolio reflects it (goal: p99 ≤ 500 ms). Other rates, to find
 * where the pipeline saturates: {@code -Dbench.freshness.rates=50,200}. Each project has its own
 * delivery manager, so the portfolio of that manager shows that one project: a RED report turns its computed health
 * AMBER (75: RED costs 25, 100 % complete keeps SPI on track), a GREEN one turns it back GREEN. The 400 projects take
 * the reports in turn, so a project's next report comes 2 s after the previous one.
 */
final class PortfolioFreshness implements Scenario {

    private static final int PROJECTS = 400;
    /** Reports timed a second, whatever the rate: 150 in the 15 s measured. */
    private static final int TIMED_PER_SECOND = 10;
    private static final int POLLERS = 2;
    private static final Duration REREAD_AFTER = Duration.ofMillis(50);
    /** The dashboards' portfolio reads a second at most, however many timed reports are pending. */
    private static final int READS_PER_SECOND = 50;
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway admin, LoadRun load) {
        // The head of delivery creates the projects and reads the portfolios; each project names managers of its own.
        Gateway gateway = admin.asPerson("HEAD_OF_DELIVERY");
        long began = System.nanoTime();
        List<BenchProject> projects = seed(admin, gateway);
        System.out.printf("  created and activated %d projects through the gateway in %.1f s%n", PROJECTS,
                (System.nanoTime() - began) / 1e9);
        // Freshly started services spend their first minute or so at 200 writes/s JIT-compiling the write and read
        // paths on CPUs the pipeline needs: a cost of starting, not of freshness (figures in docs/performance.md).
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.freshness.warmup-seconds", 90));
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
        AtomicInteger sequence = new AtomicInteger();
        List<CpuClock> clocks = CpuClock.ofStack(stack);
        Optional<StatementCounts> statements = StatementCounts.of(stack);
        List<Figures> figures = new ArrayList<>();
        for (String rate : System.getProperty("bench.freshness.rates", "200").split(",")) {
            int perSecond = Integer.parseInt(rate.trim());
            System.out.printf("  warming up for %d s at %d/s%n", warmUp.toSeconds(), perSecond);
            drive(gateway, projects, sequence, warmUp, perSecond);
            long start = System.nanoTime();
            List<Duration> cpuBefore = clocks.stream().map(CpuClock::used).toList();
            statements.ifPresent(StatementCounts::reset);
            Run run = drive(gateway, projects, sequence, measured, perSecond);
            List<Duration> cpuAfter = clocks.stream().map(CpuClock::used).toList();
            System.out.printf("  %d status reports sent in the measured run at %d/s, %d refused or failed; RSS after: %s%n",
                    run.sent(), perSecond, run.writeFailures(), ResidentMemory.ofEveryService());
            // with the portfolio reads that time them, and what was still queued from the warm-up
            System.out.printf("  CPU per status report sent in the measured run: %s%n",
                    CpuClock.per(clocks, cpuBefore, cpuAfter, run.sent()));
            statements.ifPresent(counts -> counts.print("status report sent", run.sent()));
            figures.add(Figures.of("status report → portfolio (" + perSecond + " writes/s)",
                    run.latencies().stream().mapToLong(Long::longValue).toArray(), run.timedFailures(),
                    Duration.ofNanos(System.nanoTime() - start)));
        }
        return figures;
    }

    /** A bench project, the delivery manager whose portfolio shows it, and its project manager writing its reports. */
    private record BenchProject(String id, String deliveryManager, Gateway projectManager) {
    }

    private record Run(int sent, int writeFailures, List<Long> latencies, int timedFailures) {
    }

    /**
     * A timed report sent at {@code sentAt}, until its manager's portfolio shows {@code healthStatus}; not read again
     * before {@code nextReadAt}.
     */
    private record Check(long sentAt, String deliveryManager, String healthStatus, long nextReadAt) {

        Check readAgainAfter(long now) {
            return new Check(sentAt, deliveryManager, healthStatus, now + REREAD_AFTER.toNanos());
        }
    }

    private static Run drive(Gateway gateway, List<BenchProject> projects, AtomicInteger sequence, Duration duration,
            int writesPerSecond) {
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        BlockingQueue<Check> pending = new LinkedBlockingQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger timedSent = new AtomicInteger();
        AtomicInteger timedDone = new AtomicInteger();
        AtomicInteger writeFailures = new AtomicInteger();
        AtomicInteger timedFailures = new AtomicInteger();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        writer.scheduleAtFixedRate(() -> {
            int n = sequence.getAndIncrement();
            BenchProject project = projects.get(n % PROJECTS);
            boolean red = (n / PROJECTS) % 2 == 0;
            HttpRequest report = project.projectManager().post("/api/v1/projects/" + project.id() + "/status-reports", Map.of(
                    "asOf", today, "overall", red ? "RED" : "GREEN", "schedule", "GREEN", "budget", "GREEN",
                    "scope", "GREEN", "quality", "GREEN", "percentComplete", 100, "summary", "bench report " + n));
            sent.incrementAndGet();
            boolean timed = n % Math.max(1, writesPerSecond / TIMED_PER_SECOND) == 0;
            if (timed) {
                timedSent.incrementAndGet();
            }
            long sentAt = System.nanoTime();
            gateway.http().sendAsync(report, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                boolean accepted = error == null && response.statusCode() == 201;
                if (!accepted) {
                    writeFailures.incrementAndGet();
                }
                if (timed && accepted) {
                    pending.add(new Check(sentAt, project.deliveryManager(), red ? "AMBER" : "GREEN", sentAt));
                } else if (timed) {
                    timedFailures.incrementAndGet();
                    timedDone.incrementAndGet();
                }
            });
        }, 0, 1_000_000 / writesPerSecond, TimeUnit.MICROSECONDS);
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        AtomicLong nextRead = new AtomicLong(System.nanoTime());
        try {
            for (int i = 0; i < POLLERS; i++) {
                pollers.submit(() -> poll(gateway, pending, nextRead, latencies, timedFailures, timedDone));
            }
            Thread.sleep(duration.toMillis());
            writer.shutdown();
            writer.awaitTermination(5, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + GIVE_UP.plusSeconds(5).toNanos();
            while (timedDone.get() < timedSent.get() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            pollers.shutdownNow();
        }
        return new Run(sent.get(), writeFailures.get(), List.copyOf(latencies), timedFailures.get());
    }

    /**
     * One dashboard refreshing the pending managers' portfolios in turn: each check is read again after every other
     * pending one was read once, and not within {@link #REREAD_AFTER}, and all pollers together read at most
     * {@link #READS_PER_SECOND} times a second. The reads are then a load of their own, the same for every build,
     * rather than one that grows with the latency: polling as fast as the reads answered, the bench read the portfolio
     * about once per report sent once the pipeline fell behind, which took the CPU from the pipeline it measured and
     * kept it behind. The figure is exact to {@link #REREAD_AFTER} or one round of reads (pending checks over
     * {@link #READS_PER_SECOND}: a fifth of the latency), whichever is longer.
     */
    private static Void poll(Gateway gateway, BlockingQueue<Check> pending, AtomicLong nextRead,
            ConcurrentLinkedQueue<Long> latencies, AtomicInteger timedFailures, AtomicInteger timedDone)
            throws InterruptedException {
        long readInterval = TimeUnit.SECONDS.toNanos(1) / READS_PER_SECOND;
        while (!Thread.currentThread().isInterrupted()) {
            Check check = pending.take();
            long due = Math.max(check.nextReadAt(), System.nanoTime());
            long slot = nextRead.getAndUpdate(next -> Math.max(next, due) + readInterval);
            TimeUnit.NANOSECONDS.sleep(Math.max(slot, due) - System.nanoTime());
            JsonNode portfolio = gateway.send(gateway.get("/api/v1/metrics/portfolio?deliveryManagerId="
                    + check.deliveryManager()), 200);
            long now = System.nanoTime();
            if (portfolio.path("health").path("byStatus").path(check.healthStatus()).asInt() == 1) {
                latencies.add(now - check.sentAt());
                timedDone.incrementAndGet();
            } else if (now - check.sentAt() > GIVE_UP.toNanos()) {
                timedFailures.incrementAndGet();
                timedDone.incrementAndGet();
            } else {
                pending.add(check.readAgainAfter(now));
            }
        }
        return null;
    }

    /** Projects planned around today with a budget and managers of their own, ACTIVE; only the admin key mints tokens. */
    private static List<BenchProject> seed(Gateway admin, Gateway gateway) {
        String client = gateway.send(gateway.post("/api/v1/clients", Map.of("name", "Freshness bench client",
                "industry", "Banking")), 201).path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase(Locale.ROOT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BenchProject>> created = new ArrayList<>();
            for (int i = 0; i < PROJECTS; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    String manager = UUID.randomUUID().toString();
                    UUID projectManager = UUID.randomUUID();
                    String id = gateway.send(gateway.post("/api/v1/projects", Map.of(
                            "key", "FR" + run + "-" + n, "name", "Freshness bench " + n, "clientId", client,
                            "projectManagerId", projectManager.toString(), "deliveryManagerId", manager,
                            "plannedStart", today.minusDays(10).toString(), "plannedEnd", today.plusDays(100).toString(),
                            "budget", Map.of("amount", "100000.00", "currency", "EUR"))), 201).path("id").asText();
                    for (String status : new String[] { "PLANNING", "ACTIVE" }) {
                        gateway.send(gateway.post("/api/v1/projects/" + id + "/transitions",
                                Map.of("to", status, "reason", "freshness bench")), 200);
                    }
                    return new BenchProject(id, manager, admin.asPerson("bench-freshness-manager-" + run + "-" + n,
                            projectManager, "PROJECT_MANAGER"));
                }));
            }
            List<BenchProject> projects = new ArrayList<>();
            for (Future<BenchProject> project : created) {
                projects.add(project.get());
            }
            // Delivery metrics has them once the last one's portfolio counts it ACTIVE and GREEN.
            BenchProject last = projects.get(PROJECTS - 1);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (gateway.send(gateway.get("/api/v1/metrics/portfolio?deliveryManagerId=" + last.deliveryManager()), 200)
                    .path("health").path("byStatus").path("GREEN").asInt() != 1) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Delivery metrics did not see the bench projects within 120 s");
                }
                Thread.sleep(200);
            }
            return projects;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seeding failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
