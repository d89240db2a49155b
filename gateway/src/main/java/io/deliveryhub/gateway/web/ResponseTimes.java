package io.deliveryhub.gateway.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The gateway's own answers as {@code http.server.requests} (the name the services' requests have, so one alert
 * rule covers every process), tagged by method and status class only. Quarkus's HTTP server metrics stay off here:
 * they would tag every proxied path as its own series. The timers are made once, so recording one answer looks
 * nothing up by name.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class ResponseTimes {

    /** The services' buckets (platform's HttpLatencyBuckets; the gateway does not depend on platform). */
    private static final Duration[] BOUNDARIES = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);
    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);
    private static final String OTHER = "OTHER";
    private static final String[] CLASSES = { "1xx", "2xx", "3xx", "4xx", "5xx" };

    /** By method (the known ones, then any other) and status class. */
    private final Timer[][] timers = new Timer[METHODS.size() + 1][CLASSES.length];

    public ResponseTimes(MeterRegistry registry) {
        for (int method = 0; method <= METHODS.size(); method++) {
            String name = method < METHODS.size() ? METHODS.get(method).name() : OTHER;
            for (int status = 0; status < CLASSES.length; status++) {
                timers[method][status] = Timer.builder("http.server.requests")
                        .description("Answers of the gateway, from the front door to the last byte")
                        .tags("method", name, "status", CLASSES[status])
                        .serviceLevelObjectives(BOUNDARIES)
                        .register(registry);
            }
        }
    }

    /** Front-door handler: times the request until its answer is over (or the caller has gone). */
    public void start(RoutingContext context) {
        long began = System.nanoTime();
        context.addEndHandler(ignored -> record(context.request().method(), context.response().getStatusCode(),
                System.nanoTime() - began));
        context.next();
    }

    void record(HttpMethod method, int status, long nanos) {
        int known = METHODS.indexOf(method);
        int statusClass = Math.min(Math.max(status / 100, 1), CLASSES.length) - 1;
        timers[known < 0 ? METHODS.size() : known][statusClass].record(nanos, TimeUnit.NANOSECONDS);
    }
}
