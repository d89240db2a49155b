package io.deliveryhub.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Parks the records of a domain topic that are not events in {@code <topic>.dlq}, as the services' consumers park
 * their poison (docs/consumers.md): key, value and headers kept, and the {@code dead-letter-*} headers saying why,
 * where from and which consumer. Sent and acknowledged before the poll's offsets are committed, so none is lost.
 */
final class DeadLetters implements AutoCloseable {

    static final String CONSUMER = "gateway.webhooks";
    private static final String SERVICE = "gateway";
    private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(30);

    private final KafkaProducer<String, String> producer;
    private final Counter parked;

    DeadLetters(String bootstrapServers, Counter parked) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-webhooks-dead-letters");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.parked = parked;
    }

    /** A record that is not an event, and why not. */
    record Poison(ConsumerRecord<String, String> record, RuntimeException reason) {
    }

    /** Parks them all and waits for the broker; a failure means none may be taken as parked (the poll is read again). */
    void park(List<Poison> poisons) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Poison poison : poisons) {
            sends.add(producer.send(letter(poison)));
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(ACKNOWLEDGED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking records that are not events", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("records that are not events could not be parked: " + e.getMessage(), e);
        }
        parked.increment(poisons.size());
    }

    private static ProducerRecord<String, String> letter(Poison poison) {
        ConsumerRecord<String, String> record = poison.record();
        ProducerRecord<String, String> letter = new ProducerRecord<>(record.topic() + ".dlq", null, record.key(),
                record.value(), record.headers());
        header(letter, "dead-letter-reason", String.valueOf(poison.reason().getMessage()));
        header(letter, "dead-letter-exception-class-name", poison.reason().getClass().getName());
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        header(letter, "dead-letter-consumer", CONSUMER);
        header(letter, "dead-letter-service", SERVICE);
        return letter;
    }

    private static void header(ProducerRecord<String, String> letter, String name, String value) {
        letter.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
