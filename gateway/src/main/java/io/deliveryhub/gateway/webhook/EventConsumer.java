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
 * so a crash replays the poll and the marks make the replay plan nothing twice. A record that is not an event is
 * parked in its topic's {@code .dlq} first ({@link DeadLetters}). While no subscription is enabled a poll is passed
 * over unread, as planning would find no receiver. While the database or the broker is away the poll is read again,
 * with back-off, and nothing is skipped. Off the request path: a thread of its own.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final WebhookSettings settings;
    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final Dispatcher dispatcher;
    private final String bootstrapServers;
    private final Counter deadLettered;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private DeadLetters deadLetters;
    private Thread thread;

    public EventConsumer(WebhookSettings settings, DeliveryStore deliveries, SubscriptionStore subscriptions,
            Dispatcher dispatcher, MeterRegistry metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.bootstrapServers = bootstrapServers;
        // the services' consumers count their dead letters by the same name, so the same alert covers this one
        this.deadLettered = Counter.builder("deliveryhub.inbox.dead.lettered")
                .description("Records a consumer parked in the .dlq topic").tag("consumer", DeadLetters.CONSUMER)
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
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, String.valueOf(settings.fetchMinBytes()));
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(settings.fetchMaxWaitMs()));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-webhooks");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        deadLetters = new DeadLetters(bootstrapServers, deadLettered);
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
                    int planned = subscriptions.anyEnabled() ? plan(records) : 0;
                    consumer.commitSync(nextOffsets(records));
                    backoff = 100;
                    if (planned > 0) {
                        dispatcher.wake();
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("the %d records of a poll could not be handled, reading them again in %d ms: %s",
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
            deadLetters.close();
        }
    }

    /** Parks the poll's records that are not events and plans the deliveries of the others; returns how many. */
    private int plan(ConsumerRecords<String, String> records) {
        List<WebhookEvent> events = new ArrayList<>(records.count());
        List<DeadLetters.Poison> poisons = new ArrayList<>();
        read(records, events, poisons);
        if (!poisons.isEmpty()) {
            deadLetters.park(poisons);
        }
        return deliveries.plan(events, clock.instant(),
                enabled -> event -> enabled.stream().filter(subscription -> subscription.wants(event)).toList());
    }

    /** Sorts the poll into the events to plan and the records that are not events. */
    private void read(ConsumerRecords<String, String> records, List<WebhookEvent> events,
            List<DeadLetters.Poison> poisons) {
        Instant oldest = clock.instant().minus(settings.logRetention());
        for (ConsumerRecord<String, String> record : records) {
            try {
                WebhookEvent event = WebhookEvent.from(record);
                // Older than the log keeps: its inbox mark may be purged, so it is never planned again.
                if (event.time().isAfter(oldest)) {
                    events.add(event);
                }
            } catch (WebhookEvent.MalformedEvent e) {
                LOG.warnf("record %d of %s-%d is not an event (%s); parked in %s.dlq, no webhook is sent for it",
                        record.offset(), record.topic(), record.partition(), e.getMessage(), record.topic());
                poisons.add(new DeadLetters.Poison(record, e));
            }
        }
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
