package io.deliveryhub.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads every domain topic in a consumer group of the gateway's own and plans the webhook deliveries of each poll in
 * one transaction with the events' inbox marks ({@link DeliveryStore#plan}); the offsets are committed only after it,
 * so a crash replays the poll and the marks make the replay plan nothing twice. While the database is away the poll is
 * read again, with back-off, and nothing is skipped. Off the request path: a thread of its own.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final WebhookSettings settings;
    private final DeliveryStore deliveries;
    private final Dispatcher dispatcher;
    private final String bootstrapServers;
    private final Counter malformed;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private Thread thread;

    public EventConsumer(WebhookSettings settings, DeliveryStore deliveries, Dispatcher dispatcher,
            MeterRegistry metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.bootstrapServers = bootstrapServers;
        this.malformed = Counter.builder("deliveryhub.webhooks.events.malformed")
                .description("Records on a domain topic that are not events, skipped by the webhook consumer")
                .register(metrics);
    }

    void start(@Observes StartupEvent started) {
        if (!settings.enabled()) {
            return;
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-webhooks");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(this::run, "webhook-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        consumer.wakeup();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void run() {
        try {
            consumer.subscribe(settings.topics());
            long backoff = 100;
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    int planned = deliveries.plan(events(records), clock.instant(),
                            enabled -> event -> enabled.stream().filter(subscription -> subscription.wants(event))
                                    .toList());
                    consumer.commitSync(nextOffsets(records));
                    backoff = 100;
                    if (planned > 0) {
                        dispatcher.wake();
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("webhook deliveries of %d events could not be planned, reading them again in %d ms: %s",
                            records.count(), backoff, e.getMessage());
                    rewind(records);
                    Thread.sleep(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the webhook consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private List<WebhookEvent> events(ConsumerRecords<String, String> records) {
        Instant oldest = clock.instant().minus(settings.logRetention());
        List<WebhookEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                WebhookEvent event = WebhookEvent.from(record);
                // Older than the log keeps: its inbox mark may be purged, so it is never planned again.
                if (event.time().isAfter(oldest)) {
                    events.add(event);
                }
            } catch (WebhookEvent.MalformedEvent e) {
                malformed.increment();
                LOG.warnf("record %d of %s-%d is not an event (%s); no webhook is sent for it", record.offset(),
                        record.topic(), record.partition(), e.getMessage());
            }
        }
        return events;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> polled = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(polled.get(polled.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }
}
