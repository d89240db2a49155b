package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Time entries recorded on the resources topic as resources-service announces them, for projects that exist only in
 * delivery-metrics' seeded read models: the facts then change through the consumer, as in production (the facts
 * version, and the day each change counts from), not behind its back.
 */
final class TimeEntryEvents implements AutoCloseable {

    private static final String TOPIC = "deliveryhub.resources.v1";
    private static final String RECORDED = "deliveryhub.time-entry.recorded.v1";

    private final KafkaProducer<String, String> producer;
    private final MetricsDatabase database;

    TimeEntryEvents(LocalStack stack, MetricsDatabase database) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config);
        this.database = database;
    }

    /** Records an entry of 2 hours on the day for each project, by the person, and waits until all are applied. */
    void record(List<String> projectIds, String personId, LocalDate day) {
        List<String> entryIds = new ArrayList<>();
        try {
            for (String projectId : projectIds) {
                String entryId = UUID.randomUUID().toString();
                entryIds.add(entryId);
                producer.send(record(projectId, entryId, personId, day)).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending a time entry failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (database.count("select count(*) from project_time_entry where id = any(?::uuid[])",
                (Object) entryIds.toArray(String[]::new)) < entryIds.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Time entries not applied by delivery-metrics within 60 s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static ProducerRecord<String, String> record(String projectId, String entryId, String personId,
            LocalDate day) {
        String state = """
                {"id":"%s","projectId":"%s","personId":"%s","date":"%s","hours":"2","billable":true,\
                "status":"SUBMITTED","cost":{"amount":"150.00","currency":"EUR"}}""".formatted(entryId, projectId,
                personId, day);
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, projectId,
                "{\"version\":1,\"state\":" + state + "}");
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "/bench/portfolio");
        header(record, "ce_type", RECORDED);
        header(record, "ce_subject", entryId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
