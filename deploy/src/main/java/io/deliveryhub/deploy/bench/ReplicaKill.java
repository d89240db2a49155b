package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import io.deliveryhub.deploy.local.ServiceReplica;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 15's killed consumer: with two replicas of every backend service, 1,000 status reports
 * ({@code -Dbench.replica-kill.writes}) are written through the gateway by 4 clients, and halfway through the second
 * delivery-metrics replica is ended with SIGKILL. The survivor takes its partitions over once the group has missed its
 * heartbeats ({@code KAFKA_SESSION_TIMEOUT_MS}); every report must be applied once. The replica is started again after.
 */
final class ReplicaKill implements Scenario {

    private static final int PROJECTS = 20;
    private static final int CLIENTS = 4;
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "replica-kill";
    }

    @Override
    public int replicas() {
        return 2;
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        int writes = Integer.getInteger("bench.replica-kill.writes", 1000);
        StatusReportPath path = new StatusReportPath(stack, gateway);
        List<String> projects = path.projects(PROJECTS, "RK");
        ServiceReplica victim = stack.settings().replicasOf(Service.DELIVERY_METRICS).get(1);
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        AtomicLong killedAt = new AtomicLong();
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> writers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            writers.add(pool.submit(() -> {
                for (int n = sequence.getAndIncrement(); n < writes; n = sequence.getAndIncrement()) {
                    if (n == writes / 2) {
                        // on its own thread: the kill waits for the process to end, the writes go on meanwhile
                        pool.submit(() -> {
                            stack.kill(victim);
                            killedAt.set(System.nanoTime());
                        });
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = gateway.http().send(path.report(projects.get(n % PROJECTS), n),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            accepted.add(StatusReportPath.field(response.body(), "id"));
                        } else {
                            refused.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        refused.merge(e.toString(), 1, Integer::sum);
                    }
                    latencies.add(System.nanoTime() - sent);
                }
                return null;
            }));
        }
        try {
            for (Future<?> writer : writers) {
                writer.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The writes failed", e);
        } finally {
            pool.shutdown();
        }
        long written = System.nanoTime();

        List<String> reports = List.copyOf(accepted);
        var caughtUp = StatusReportPath.await(CATCH_UP_LIMIT, () -> path.applied(reports) == reports.size());
        long applied = path.applied(reports);
        List<String> events = path.eventIds(reports);
        System.out.printf("  %s killed %.1f s into %.1f s of writes (KAFKA_SESSION_TIMEOUT_MS %s)%n", victim,
                (killedAt.get() - began) / 1e9, (written - began) / 1e9,
                System.getenv().getOrDefault("KAFKA_SESSION_TIMEOUT_MS", "default"));
        System.out.printf("  writes accepted %d of %d (refused or failed: %s); applied in delivery-metrics %d, applied"
                + " twice %d%n", reports.size(), writes, refused.isEmpty() ? "none" : refused, applied,
                path.appliedTwice(events));
        System.out.println(caughtUp.map(took -> String.format("  all applied %.1f s after the last write, %.1f s after the"
                + " kill", took.toMillis() / 1000.0, (written + took.toNanos() - killedAt.get()) / 1e9))
                .orElse("  NOT all applied " + CATCH_UP_LIMIT.toSeconds() + " s after the last write"));
        stack.restart(victim);
        return List.of(Figures.of("status report, a metrics replica killed", latencies.stream().mapToLong(Long::longValue)
                .toArray(), writes - reports.size(), Duration.ofNanos(written - began)));
    }
}
