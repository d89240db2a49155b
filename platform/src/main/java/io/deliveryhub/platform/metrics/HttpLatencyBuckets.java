package io.deliveryhub.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Histogram buckets for Quarkus's {@code http.server.requests} timer, so Prometheus can compute percentiles
 * ({@code http_server_requests_seconds_bucket}). A fixed set of boundaries rather than Micrometer's percentile
 * histogram: eleven buckets per series instead of about seventy keep the series count small.
 */
@Singleton
public class HttpLatencyBuckets {

    public static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** From a fast read to the gateway's batch timeout's neighbourhood; p99 alerts look at 1 s. */
    public static final Duration[] BOUNDARIES = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        double[] nanos = Stream.of(BOUNDARIES).mapToDouble(Duration::toNanos).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
