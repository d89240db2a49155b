package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 15's broker outage: Kafka stopped for 60 s ({@code -Dbench.outage.seconds}) while 1,000 status reports
 * ({@code -Dbench.outage.writes}) arrive through the gateway at an even rate, then started again on its data. The
 * writes must all be accepted (the outbox keeps their events), and once the broker is back every event must reach
 * delivery-metrics once: applied, none twice, none twice on the topic.
 */
final class BrokerOutage implements Scenario {

    private static final int PROJECTS = 20;
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "broker-outage";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        int writes = Integer.getInteger("bench.outage.writes", 1000);
        Duration outage = Duration.ofSeconds(Long.getLong("bench.outage.seconds", 60));
        StatusReportPath path = new StatusReportPath(stack, gateway);
        List<String> projects = path.projects(PROJECTS, "BO");

        stack.broker().stop();
        long stopped = System.nanoTime();
        System.out.printf("  Kafka stopped; %d status reports over the next %d s%n", writes, outage.toSeconds());
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        CountDownLatch answered = new CountDownLatch(writes);
        AtomicInteger sequence = new AtomicInteger();
        // all writes within the first 90 % of the outage, so none of them meets the broker
        long every = outage.toNanos() * 9 / 10 / writes;
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        writer.scheduleAtFixedRate(() -> {
            int n = sequence.getAndIncrement();
            if (n >= writes) {
                return;
            }
            long sent = System.nanoTime();
            gateway.http().sendAsync(path.report(projects.get(n % PROJECTS), n), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        latencies.add(System.nanoTime() - sent);
                        if (error == null && response.statusCode() == 201) {
                            accepted.add(StatusReportPath.field(response.body(), "id"));
                        } else {
                            refused.merge(error == null ? String.valueOf(response.statusCode()) : error.toString(), 1,
                                    Integer::sum);
                        }
                        answered.countDown();
                    });
        }, 0, every, TimeUnit.NANOSECONDS);
        try {
            answered.await(outage.toMillis() + 60_000, TimeUnit.MILLISECONDS);
            writer.shutdownNow();
            long left = outage.toNanos() - (System.nanoTime() - stopped);
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        long restarting = System.nanoTime();
        stack.broker().restart();
        long back = System.nanoTime();
        System.out.printf("  Kafka down for %.1f s, restarted in %.1f s%n", (restarting - stopped) / 1e9,
                (back - restarting) / 1e9);

        List<String> reports = List.copyOf(accepted);
        var caughtUp = StatusReportPath.await(CATCH_UP_LIMIT, () -> path.applied(reports) == reports.size());
        List<String> events = path.eventIds(reports);
        StatusReportPath.TopicCount topic = path.onTopic(events);
        System.out.printf("  writes accepted %d of %d; refused or failed: %s%n", reports.size(), writes,
                refused.isEmpty() ? "none" : refused);
        System.out.printf("  events applied in delivery-metrics %d of %d, applied twice %d%n", path.applied(reports),
                reports.size(), path.appliedTwice(events));
        System.out.printf("  on the topic: %d duplicates, %d missing%n", topic.duplicates(), topic.missing());
        System.out.println(caughtUp.map(took -> String.format("  all applied %.1f s after the broker was back",
                took.toMillis() / 1000.0)).orElse("  NOT all applied " + CATCH_UP_LIMIT.toSeconds() + " s after the broker was back"));
        return List.of(Figures.of("status report accepted, Kafka down", latencies.stream().mapToLong(Long::longValue)
                .toArray(), writes - reports.size(), Duration.ofNanos(restarting - stopped)));
    }
}
