package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The event path the fault benchmarks watch: status reports written through the gateway to projects-service, their
 * {@code status-report.posted} events through the outbox and {@code deliveryhub.projects.v1} to delivery-metrics,
 * which applies each once (its inbox) into {@code project_status_report}.
 */
final class StatusReportPath {

    static final String TOPIC = "deliveryhub.projects.v1";
    private static final String POSTED = "deliveryhub.status-report.posted.v1";
    private static final String METRICS_CONSUMER = "delivery-metrics.projects";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final Gateway gateway;
    private final BenchDatabase projects;
    private final BenchDatabase metrics;

    StatusReportPath(LocalStack stack, Gateway gateway) {
        this.stack = stack;
        this.gateway = gateway;
        this.projects = new BenchDatabase(stack.jdbcUrl(Service.PROJECTS)) {
        };
        this.metrics = new MetricsDatabase(stack);
    }

    /** Projects that delivery-metrics knows (status reports of others would wait for them). */
    List<String> projects(int count, String prefix) {
        String client = gateway.send(gateway.post("/api/v1/clients", Map.of("name", prefix + " bench client",
                "industry", "Banking")), 201).path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase(Locale.ROOT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(gateway.send(gateway.post("/api/v1/projects", Map.of("key", prefix + run + "-" + i,
                    "name", prefix + " bench " + i, "clientId", client,
                    "plannedStart", today.minusDays(10).toString(), "plannedEnd", today.plusDays(100).toString(),
                    "budget", Map.of("amount", "100000.00", "currency", "EUR"))), 201).path("id").asText());
        }
        String last = ids.get(ids.size() - 1);
        await(Duration.ofSeconds(120), () -> metrics.count("select count(*) from project where id = ?::uuid", last) == 1)
                .orElseThrow(() -> new IllegalStateException("Delivery metrics did not see the bench projects within 120 s"));
        return ids;
    }

    HttpRequest report(String project, int n) {
        return gateway.post("/api/v1/projects/" + project + "/status-reports", Map.of(
                "asOf", LocalDate.now(ZoneOffset.UTC).toString(), "overall", n % 2 == 0 ? "GREEN" : "AMBER",
                "schedule", "GREEN", "budget", "GREEN", "scope", "GREEN", "quality", "GREEN",
                "percentComplete", n % 100, "summary", "fault bench report " + n));
    }

    /** The ids of the events that announced these status reports, from projects-service's outbox. */
    List<String> eventIds(Collection<String> reportIds) {
        return projects.ids("select id::text from outbox where type = ? and subject = any(?)", POSTED,
                reportIds.toArray(String[]::new));
    }

    /** How many of these status reports delivery-metrics holds. */
    long applied(Collection<String> reportIds) {
        return metrics.count("select count(*) from project_status_report where id = any(?::uuid[])",
                (Object) reportIds.toArray(String[]::new));
    }

    /** How often delivery-metrics' inbox recorded these events beyond once each. */
    long appliedTwice(Collection<String> eventIds) {
        return metrics.count("""
                select count(*) - count(distinct event_id) from inbox where consumer = ? and event_id = any(?::uuid[])""",
                METRICS_CONSUMER, eventIds.toArray(String[]::new));
    }

    /** Reads the whole topic once: how many records beyond one each these events have on it, and how many are missing. */
    TopicCount onTopic(Collection<String> eventIds) {
        Set<String> wanted = new HashSet<>(eventIds);
        Map<String, Integer> seen = new HashMap<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(partition -> new TopicPartition(TOPIC, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header id = record.headers().lastHeader("ce_id");
                    String eventId = id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
                    if (wanted.contains(eventId)) {
                        seen.merge(eventId, 1, Integer::sum);
                    }
                }
            }
        }
        int records = seen.values().stream().mapToInt(Integer::intValue).sum();
        return new TopicCount(records - seen.size(), wanted.size() - seen.size());
    }

    record TopicCount(int duplicates, int missing) {
    }

    /** A field of a JSON answer. */
    static String field(String json, String name) {
        try {
            return JSON.readTree(json).path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    /** Polls every 100 ms: the time until the condition held, or nothing when it did not within {@code limit}. */
    static Optional<Duration> await(Duration limit, BooleanSupplier condition) {
        long began = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - began > limit.toNanos()) {
                return Optional.empty();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        return Optional.of(Duration.ofNanos(System.nanoTime() - began));
    }
}
