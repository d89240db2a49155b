package io.deliveryhub.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load: a fixed number of clients, each sending its next request when the previous answer
 * arrived, first unmeasured (warm-up: JIT, connection pools, caches) and then measured for a fixed time.
 */
public final class LoadRun {

    private final HttpClient http;
    private final int clients;
    private final Duration warmUp;
    private final Duration measured;

    public LoadRun(HttpClient http, int clients, Duration warmUp, Duration measured) {
        this.http = http;
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** The same load with another number of concurrent clients (1 for latency on an otherwise idle system). */
    public LoadRun withClients(int count) {
        return new LoadRun(http, count, warmUp, measured);
    }

    public int clients() {
        return clients;
    }

    /**
     * @param request the n-th request to send (n counts across all clients), so a run can vary its queries
     * @param expectedStatus the status that counts as success; anything else is a failure
     */
    public Figures run(String name, IntFunction<HttpRequest> request, int expectedStatus) {
        return run(name, request, expectedStatus, () -> {
        });
    }

    /** The same, calling {@code measuring} between the warm-up and the measured part (to read clocks there). */
    public Figures run(String name, IntFunction<HttpRequest> request, int expectedStatus, Runnable measuring) {
        AtomicInteger sequence = new AtomicInteger();
        drive(request, expectedStatus, sequence, warmUp);
        measuring.run();
        long began = System.nanoTime();
        List<Sample> samples = drive(request, expectedStatus, sequence, measured);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        long[] latencies = samples.stream().mapToLong(Sample::nanos).toArray();
        int failures = (int) samples.stream().filter(sample -> !sample.ok()).count();
        return Figures.of(name, latencies, failures, elapsed);
    }

    private List<Sample> drive(IntFunction<HttpRequest> request, int expectedStatus, AtomicInteger sequence,
            Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<List<Sample>>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int client = 0; client < clients; client++) {
                running.add(pool.submit(() -> {
                    List<Sample> mine = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        mine.add(send(request.apply(sequence.getAndIncrement()), expectedStatus));
                    }
                    return mine;
                }));
            }
            List<Sample> all = new ArrayList<>();
            for (Future<List<Sample>> client : running) {
                all.addAll(client.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Load run failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Sample send(HttpRequest request, int expectedStatus) {
        long began = System.nanoTime();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Sample(System.nanoTime() - began, status == expectedStatus);
        } catch (IOException e) {
            return new Sample(System.nanoTime() - began, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }

    private record Sample(long nanos, boolean ok) {
    }
}
