package io.deliveryhub.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and marks them published only once the broker
 * has acknowledged them (acks=all, idempotent producer). It runs right after every commit that wrote
 * to the outbox and, as a fallback, on a short poll; rows that could not be sent stay for the next run.
 * After a failure, every later row of the batch is sent again next time, keeping per-key order at the
 * price of a duplicate that consumers' inboxes absorb.
 */
@ApplicationScoped
@Startup // its counters are on /q/metrics from the start, at zero, not from the first event
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay per database at a time, whatever the number of replicas: order needs a single writer. */
    private static final long RELAY_LOCK = 0x0DE11BE8L;

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final URI source;
    private final int batchSize;
    private final Duration ackTimeout;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    /*
     * Sends happen on this thread, which never has a transaction: Mutiny's context propagation would
     * otherwise carry the relay's transaction into Kafka's callback threads, and Narayana then refuses the
     * commit ("committing with 2 threads active"), seen under load as a failed run and duplicate sends.
     */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runRequested = new AtomicBoolean();
    private final Counter published;
    private final Counter unacknowledged;

    public OutboxRelay(@Channel("domain-events") MutinyEmitter<String> emitter, EntityManager entityManager,
            @ConfigProperty(name = "quarkus.application.name") String serviceName,
            @ConfigProperty(name = "deliveryhub.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "deliveryhub.outbox.ack-timeout", defaultValue = "PT15S") Duration ackTimeout,
            MeterRegistry metrics) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.source = URI.create(serviceName);
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.published = Counter.builder("deliveryhub.outbox.published")
                .description("Outbox events acknowledged by Kafka").register(metrics);
        this.unacknowledged = Counter.builder("deliveryhub.outbox.unacknowledged")
                .description("Outbox sends Kafka did not acknowledge; the event stays in the outbox").register(metrics);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    /** Delayed at start-up: the messaging channel connects after the scheduler begins. */
    @Scheduled(every = "${deliveryhub.outbox.poll-interval:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
        sender.shutdownNow();
    }

    /** Coalesces wake-ups: however many commits arrive, at most one run waits behind the current one. */
    public void wake() {
        if (runRequested.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                runRequested.set(false);
            }
        }
    }

    private void drain() {
        runRequested.set(false);
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay stopped early (%s); the rows left are retried on the next run", e.getMessage());
        }
    }

    /** A row waiting for the broker, as the relay reads it. */
    private record Pending(long seq, UUID id, String topic, String key, String type, String subject,
            OffsetDateTime occurredAt, String payload) {
    }

    /**
     * Rows are read and marked with plain JDBC: as entities, a batch of import events (about 100 kB each) cost
     * Hibernate's loading, snapshot and HQL update on top of the sends.
     *
     * @return the number of rows published, or -1 when another relay holds the lock or a send failed
     */
    private int relayBatch() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (!locked(connection)) {
                return -1;
            }
            List<Pending> batch = unpublished(connection);
            List<Message<String>> messages = batch.stream().map(this::message).toList();
            List<CompletableFuture<Void>> acks = CompletableFuture.supplyAsync(() -> send(messages), sender).join();
            List<Long> acknowledged = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                try {
                    acks.get(i).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged.add(batch.get(i).seq());
                } catch (Exception e) {
                    unacknowledged.increment();
                    LOG.warnf("event %s not acknowledged by Kafka: %s", batch.get(i).id(), rootMessage(e));
                    break;
                }
            }
            if (!acknowledged.isEmpty()) {
                markPublished(connection, acknowledged);
                published.increment(acknowledged.size());
            }
            return acknowledged.size() == batch.size() ? acknowledged.size() : -1;
        });
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<Pending> unpublished(Connection connection) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, record_key, type, subject, occurred_at, payload from outbox
                where published_at is null order by seq limit ?""")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class), rows.getString(8)));
                }
            }
        }
        return batch;
    }

    private static void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set published_at = ? where seq = any(?)")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            update.setArray(2, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private List<CompletableFuture<Void>> send(List<Message<String>> messages) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(messages.size());
        for (Message<String> message : messages) {
            acks.add(emitter.sendMessage(message).subscribeAsCompletionStage());
        }
        return acks;
    }

    private Message<String> message(Pending row) {
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(row.topic())
                .withKey(row.key())
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String> builder()
                .withId(row.id().toString())
                .withSource(source)
                .withType(row.type())
                .withSubject(row.subject())
                .withTimestamp(row.occurredAt().atZoneSameInstant(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        return Message.of(row.payload(), Metadata.of(kafka, cloudEvent));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
