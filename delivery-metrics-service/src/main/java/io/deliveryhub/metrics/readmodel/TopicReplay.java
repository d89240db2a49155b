package io.deliveryhub.metrics.readmodel;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning up to the end it had when the replay was opened, with a consumer of no group:
 * it commits nothing, so the live channel's position is untouched. Records written after the opening are left to
 * the live channel.
 */
final class TopicReplay implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    /** A broker that gives nothing for this long while records remain is taken to be unreachable. */
    private static final int IDLE_POLLS_BEFORE_GIVING_UP = 120;

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final Map<TopicPartition, Long> ends;
    private final long total;

    private TopicReplay(String topic, KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends,
            long total) {
        this.topic = topic;
        this.consumer = consumer;
        this.ends = ends;
        this.total = total;
    }

    static TopicReplay open(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "delivery-metrics-rebuild-" + topic);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // import chunks are ~90 kB each: a poll of the default 500 would hold 45 MB
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(partition -> ends.get(partition) - beginnings.get(partition))
                    .sum();
            return new TopicReplay(topic, consumer, ends, total);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    String topic() {
        return topic;
    }

    /** Records between the beginning and the end at opening (an upper bound where offsets have gaps). */
    long total() {
        return total;
    }

    /** Hands every record up to the end at opening to the handler, partition by partition in offset order. */
    void forEach(Consumer<ConsumerRecord<String, String>> handler) {
        Set<TopicPartition> remaining = new HashSet<>(ends.keySet());
        remaining.removeIf(this::reachedEnd);
        int idlePolls = 0;
        while (!remaining.isEmpty()) {
            var records = consumer.poll(POLL);
            idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
            if (idlePolls > IDLE_POLLS_BEFORE_GIVING_UP) {
                throw new IllegalStateException("no record of " + topic + " arrived for "
                        + POLL.multipliedBy(IDLE_POLLS_BEFORE_GIVING_UP).toSeconds() + " s before its end");
            }
            for (ConsumerRecord<String, String> record : records) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    handler.accept(record);
                }
            }
            remaining.removeIf(this::reachedEnd);
            // A partition done is paused, so what is written to it from now on is not fetched for nothing.
            consumer.pause(ends.keySet().stream().filter(partition -> !remaining.contains(partition)).toList());
        }
    }

    private boolean reachedEnd(TopicPartition partition) {
        return consumer.position(partition) >= ends.get(partition);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
