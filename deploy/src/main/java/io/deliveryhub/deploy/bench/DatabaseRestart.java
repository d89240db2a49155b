package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Issue 15's database restart: 4 clients ({@code -Dbench.db-restart.clients}) write status reports through the gateway
 * without pause while the stack's PostgreSQL (every service's database: on the local stack they share one server) is
 * stopped and started again. While it is away a write must be a 503 with {@code Retry-After}, never another 5xx, and
 * the writes must succeed again by themselves once it is back.
 */
final class DatabaseRestart implements Scenario {

    private static final Duration BEFORE = Duration.ofSeconds(10);
    private static final Duration AFTER = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "database-restart";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        int clients = Integer.getInteger("bench.db-restart.clients", 4);
        StatusReportPath path = new StatusReportPath(stack, gateway);
        List<String> projects = path.projects(clients, "DR");
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        long began = System.nanoTime();
        long end = began + BEFORE.plus(AFTER).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> writers = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            String project = projects.get(client);
            writers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    answers.add(send(gateway, path, project, sequence.getAndIncrement(), sent - began));
                }
            }));
        }
        long stopped;
        long restarted;
        try {
            Thread.sleep(BEFORE.toMillis());
            stopped = System.nanoTime() - began;
            stack.database().restart();
            restarted = System.nanoTime() - began;
            for (Future<?> writer : writers) {
                writer.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The database restart run failed", e);
        } finally {
            pool.shutdownNow();
        }

        List<Answer> all = List.copyOf(answers);
        Map<String, Long> byOutcome = all.stream().collect(Collectors.groupingBy(Answer::outcome, TreeMap::new,
                Collectors.counting()));
        // when the answers came, not when the requests left: a write sent while the database is away waits for a
        // connection (up to the pool's acquisition timeout) and may still succeed once it is back
        long lastFailure = all.stream().filter(answer -> !answer.ok()).mapToLong(Answer::answeredAt).max().orElse(stopped);
        long firstFailure = all.stream().filter(answer -> !answer.ok()).mapToLong(Answer::answeredAt).min().orElse(stopped);
        long firstSuccessAfterBack = all.stream().filter(answer -> answer.ok() && answer.answeredAt() >= restarted)
                .mapToLong(Answer::answeredAt).min().orElse(restarted);
        System.out.printf("  PostgreSQL stopped and started again in %.1f s, %.0f s into %d clients' writes%n",
                (restarted - stopped) / 1e9, stopped / 1e9, clients);
        System.out.printf("  requests %d: %s%n", all.size(), byOutcome.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(", ")));
        System.out.printf("  other 5xx %d; failures answered from %.2f s to %.2f s after the stop; the database back"
                + " %.2f s after the stop, the first 2xx %.2f s after that%n",
                all.stream().filter(Answer::otherServerError).count(), (firstFailure - stopped) / 1e9,
                (lastFailure - stopped) / 1e9, (restarted - stopped) / 1e9, (firstSuccessAfterBack - restarted) / 1e9);
        return List.of(Figures.of("status report while PostgreSQL restarts", all.stream().mapToLong(Answer::nanos).toArray(),
                (int) all.stream().filter(answer -> !answer.ok()).count(), BEFORE.plus(AFTER)));
    }

    private static Answer send(Gateway gateway, StatusReportPath path, String project, int n, long sentAt) {
        long sent = System.nanoTime();
        try {
            HttpResponse<Void> response = gateway.http().send(path.report(project, n), HttpResponse.BodyHandlers.discarding());
            return new Answer(sentAt, System.nanoTime() - sent, response.statusCode(),
                    response.headers().firstValue("Retry-After").isPresent());
        } catch (IOException e) {
            return new Answer(sentAt, System.nanoTime() - sent, 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** @param status 0 when no answer came (connection failed) */
    private record Answer(long sentAt, long nanos, int status, boolean retryAfter) {

        long answeredAt() {
            return sentAt + nanos;
        }

        boolean ok() {
            return status / 100 == 2;
        }

        boolean otherServerError() {
            return status / 100 == 5 && !(status == 503 && retryAfter);
        }

        String outcome() {
            if (status == 0) {
                return "without answer";
            }
            return status + (status == 503 ? (retryAfter ? " with Retry-After" : " without Retry-After") : "");
        }
    }
}
