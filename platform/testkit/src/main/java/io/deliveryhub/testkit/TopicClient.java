package io.deliveryhub.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * A plain Kafka client for tests: reads a topic from the beginning, as an outside consumer would, and
 * writes raw records (for poison-message tests). It never joins a consumer group.
 */
public final class TopicClient {

    private TopicClient() {
    }

    /** Every record of the topic, waiting up to {@code timeout} until one matches {@code until}. */
    public static List<ConsumerRecord<String, String>> awaitRecord(String topic,
            Predicate<ConsumerRecord<String, String>> until, Duration timeout) {
        return awaitRecord(DeliveryHubTestResource.bootstrapServers(), topic, until, timeout);
    }

    /** The same, on any broker (the local stack's, in end-to-end tests). */
    public static List<ConsumerRecord<String, String>> awaitRecord(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> until, Duration timeout) {
        return awaitRecords(bootstrapServers, topic, seen -> seen.stream().anyMatch(until), timeout);
    }

    /**
     * Reads the topic from its beginning until what has been read so far is {@code enough}, and returns it: for a
     * wait on several records, which a wait on the first may return before the others are read.
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
        return awaitRecords(DeliveryHubTestResource.bootstrapServers(), topic, enough, timeout);
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String topic,
            Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Awaitility.await().atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return enough.test(seen);
            });
        }
        return seen;
    }

    /** Writes one record with the given headers and waits for the broker's acknowledgement. */
    public static void write(String topic, String key, String value, Map<String, String> headers) {
        write(DeliveryHubTestResource.bootstrapServers(), topic, key, value, headers);
    }

    /** The same, on any broker (the local stack's, in end-to-end tests). */
    public static void write(String bootstrapServers, String topic, String key, String value,
            Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(new RecordHeader(name,
                    headerValue.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
