package io.deliveryhub.deploy.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus series names the system exports, read from the Micrometer meters its code registers (a counter
 * {@code deliveryhub.outbox.parked} is {@code deliveryhub_outbox_parked_total}), plus the few that come from
 * libraries and from the Kafka side: the names alert rules and dashboards may use.
 */
final class ExportedMetrics {

    /**
     * The HTTP server timer: Quarkus's in the services, the gateway's own ResponseTimes; buckets from platform's
     * HttpLatencyBuckets (and the same boundaries in ResponseTimes).
     */
    static final Set<String> HTTP_SERVER = Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "http_server_requests_seconds_bucket");
    /** Strimzi's Kafka Exporter (kafkaExporter in deploy/k8s/base/kafka.yaml), and Prometheus's own scrape health. */
    static final Set<String> KAFKA_EXPORTER_AND_PROMETHEUS =
            Set.of("kafka_consumergroup_lag", "kafka_topic_partition_current_offset", "up");

    private static final Pattern METER = Pattern.compile(
            "(Counter|Gauge|Timer|DistributionSummary)\\.builder\\(\\s*\"([^\"]+)\"(.*?)\\.register\\(", Pattern.DOTALL);
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\"([^\"]+)\"\\)");
    private static final List<String> SOURCE_ROOTS = List.of("platform", "projects-service", "resources-service",
            "delivery-metrics-service", "gateway");

    private ExportedMetrics() {
    }

    /** The series the code's own meters become in Prometheus's exposition format. */
    static Set<String> fromCode(Path repository) {
        Set<String> names = new TreeSet<>();
        for (String module : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(repository.resolve(module).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Matcher meter = METER.matcher(read(file));
                    while (meter.find()) {
                        names.addAll(seriesOf(meter.group(1), meter.group(2), meter.group(3)));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static List<String> seriesOf(String type, String meterName, String builderChain) {
        Matcher unit = BASE_UNIT.matcher(builderChain);
        String base = meterName.replace('.', '_') + (unit.find() ? "_" + unit.group(1) : "");
        return switch (type) {
            case "Counter" -> List.of(base + "_total");
            case "Gauge" -> List.of(base);
            case "Timer" -> List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max");
            default -> List.of(base + "_count", base + "_sum", base + "_max");
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
