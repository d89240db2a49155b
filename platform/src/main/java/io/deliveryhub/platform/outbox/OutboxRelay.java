package io.deliveryhub.platform.outbox;

import io.deliveryhub.platform.tracing.EventTraces;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in {@code seq} order (acks=all, idempotent producer). It runs a moment
 * ({@code deliveryhub.outbox.linger}) after a commit that wrote to the outbox, so that one run carries the rows of the
 * commits in that moment rather than one run per single write, and, as a fallback, on a short poll.
 * <ul>
 * <li>Every row the broker acknowledges is marked published, so it is never sent again: a duplicate on a topic
 * only comes from an unknown outcome (no answer within the ack timeout), or from a database crash within a moment of
 * the mark (it is committed without waiting for the disk).</li>
 * <li>A row Kafka refuses for good (too large, invalid; see {@link Refusal}) is parked with the reason, counted,
 * announced ({@link ParkedEvents}) and passed over, so one poison event never holds back the ones after it.</li>
 * <li>A row that is not acknowledged (broker down, timeout) stays; the run sends nothing more and the row is
 * sent again by a later run, unless its send is still on its way (the producer holds it while the broker is away):
 * then the later run waits for that send instead of adding a copy.</li>
 * </ul>
 * A batch's rows are sent together (one send waiting for the previous acknowledgement would cost a bulk import a
 * round trip per event), so the rows sent with an unacknowledged one are marked by their own outcome.
 */
@ApplicationScoped
@Startup // its meters are on /q/metrics from the start, at zero, not from the first event
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay per database at a time, whatever the number of replicas: order needs a single writer. */
    private static final long RELAY_LOCK = 0x0DE11BE8L;

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final ParkedEvents parkedEvents;
    private final EventSizeLimit sizeLimit;
    private final EventTraces traces;
    private final String serviceName;
    private final URI source;
    private final int batchSize;
    private final Duration ackTimeout;
    private final long lingerMillis;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
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
    /*
     * Sends of earlier runs whose acknowledgement had not come when the run stopped waiting, by seq; touched by the
     * worker thread only. While the broker is away the producer holds such a send (and the connector retries it), so
     * sending the row again on every run would put one more copy of it on the topic per run once the broker is back;
     * a later run waits for the send already on its way instead, and counts its outcome.
     */
    private final Map<Long, CompletableFuture<Void>> inFlight = new HashMap<>();
    private final AtomicBoolean runRequested = new AtomicBoolean();
    /** When the oldest row this relay last saw waiting was written; null when nothing waits (or another relay runs). */
    private final AtomicReference<Instant> oldestWaiting = new AtomicReference<>();
    private final Counter published;
    private final Counter unacknowledged;
    private final Counter parked;

    public OutboxRelay(@Channel("domain-events") MutinyEmitter<String> emitter, EntityManager entityManager,
            ParkedEvents parkedEvents, EventSizeLimit sizeLimit, EventTraces traces,
            @ConfigProperty(name = "quarkus.application.name") String serviceName,
            @ConfigProperty(name = "deliveryhub.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "deliveryhub.outbox.ack-timeout", defaultValue = "PT15S") Duration ackTimeout,
            @ConfigProperty(name = "deliveryhub.outbox.linger", defaultValue = "20ms") Duration linger,
            MeterRegistry metrics) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.parkedEvents = parkedEvents;
        this.sizeLimit = sizeLimit;
        this.traces = traces;
        this.serviceName = serviceName;
        this.source = URI.create(serviceName);
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.lingerMillis = linger.toMillis();
        this.published = Counter.builder("deliveryhub.outbox.published")
                .description("Outbox events acknowledged by Kafka").register(metrics);
        this.unacknowledged = Counter.builder("deliveryhub.outbox.unacknowledged")
                .description("Outbox sends Kafka did not acknowledge; the event stays in the outbox").register(metrics);
        this.parked = Counter.builder("deliveryhub.outbox.parked")
                .description("Outbox events Kafka refuses for good (too large, invalid), parked for an ADMIN")
                .register(metrics);
        Gauge.builder("deliveryhub.outbox.oldest.unpublished.age", this, OutboxRelay::oldestWaitingSeconds)
                .description("Age of the oldest outbox event neither published nor parked (0 when none waits)")
                .baseUnit("seconds").register(metrics);
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
                worker.schedule(this::drain, lingerMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                runRequested.set(false);
            }
        }
    }

    private void drain() {
        runRequested.set(false);
        try {
            Run run;
            do {
                run = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (run.complete() && run.rows() == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay stopped early (%s); the rows left are retried on the next run", e.getMessage());
        }
    }

    /** A row waiting for the broker, as the relay reads it. */
    private record Pending(long seq, UUID id, String topic, String key, String type, String subject,
            OffsetDateTime occurredAt, String payload, OffsetDateTime writtenAt, String traceparent) {
    }

    /**
     * What one batch came to.
     *
     * @param rows the rows read
     * @param complete every row was either acknowledged or parked: the next batch may follow at once
     */
    private record Run(int rows, boolean complete) {
        static final Run NOT_THE_RELAY = new Run(0, false);
    }

    /** Rows are read and marked with plain JDBC: as entities, a batch of ~100 kB import events cost Hibernate far more. */
    private Run relayBatch() {
        List<ParkedEvent> parkedNow = new ArrayList<>();
        Run run = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<Long, CompletableFuture<Void>> earlier = new HashMap<>(inFlight);
            inFlight.clear();
            if (!lockedWithoutWaitingForDisk(connection)) {
                oldestWaiting.set(null); // the replica holding the lock reports the age
                return Run.NOT_THE_RELAY;
            }
            List<Pending> batch = unpublished(connection);
            long[] sizes = batch.stream().mapToLong(this::recordBytes).toArray();
            List<Integer> toSend = new ArrayList<>(batch.size());
            Refusal[] refusals = new Refusal[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                if (sizeLimit.admits(sizes[i])) {
                    toSend.add(i);
                } else {
                    refusals[i] = Refusal.tooLarge(sizes[i], sizeLimit.maxBytes());
                }
            }
            List<CompletableFuture<Void>> acks = acknowledgements(batch, toSend, earlier);
            List<Long> acknowledged = new ArrayList<>(batch.size());
            Pending firstUnacknowledged = null;
            String firstFailure = null;
            int unacknowledgedRows = 0;
            long deadline = System.nanoTime() + ackTimeout.toNanos();
            for (int s = 0; s < toSend.size(); s++) {
                int i = toSend.get(s);
                Pending row = batch.get(i);
                try {
                    acks.get(s).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(row.seq());
                } catch (ExecutionException e) {
                    refusals[i] = Refusal.of(e.getCause()).orElse(null);
                    if (refusals[i] == null) {
                        unacknowledgedRows++;
                        firstFailure = firstFailure == null ? Refusal.rootMessage(e) : firstFailure;
                        firstUnacknowledged = firstUnacknowledged == null ? row : firstUnacknowledged;
                    }
                } catch (TimeoutException e) {
                    // unknown outcome: a later run waits for this send rather than sending the row again
                    inFlight.put(row.seq(), acks.get(s));
                    unacknowledgedRows++;
                    firstFailure = firstFailure == null ? "no answer within " + ackTimeout : firstFailure;
                    firstUnacknowledged = firstUnacknowledged == null ? row : firstUnacknowledged;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("outbox relay interrupted", e);
                }
            }
            if (!acknowledged.isEmpty()) {
                markPublished(connection, acknowledged);
                published.increment(acknowledged.size());
            }
            if (unacknowledgedRows > 0) {
                unacknowledged.increment(unacknowledgedRows);
                LOG.warnf("%d events not acknowledged by Kafka, the first %s: %s; they are sent again by a later run",
                        unacknowledgedRows, firstUnacknowledged.id(), firstFailure);
            }
            Instant now = Instant.now();
            for (int i = 0; i < batch.size(); i++) {
                if (refusals[i] != null) {
                    Pending row = batch.get(i);
                    park(connection, row.seq(), refusals[i].reason(), sizes[i], now);
                    parkedNow.add(new ParkedEvent(row.id(), row.type(), row.topic(), row.key(), row.subject(),
                            row.occurredAt().toInstant(), sizes[i], refusals[i].reason(), now));
                }
            }
            // after a full batch the next one, read at once, tells the age
            oldestWaiting.set(firstUnacknowledged == null ? null : firstUnacknowledged.writtenAt().toInstant());
            return new Run(batch.size(), firstUnacknowledged == null);
        });
        for (ParkedEvent event : parkedNow) {
            parked.increment();
            LOG.errorf("event %s (%s, %d bytes) parked: %s", event.id(), event.type(), event.sizeBytes(), event.reason());
            parkedEvents.announce(event);
        }
        return run;
    }

    private long recordBytes(Pending row) {
        return EventSizeLimit.recordBytes(row.payload(), row.key(), row.type(), row.subject(), serviceName);
    }

    /**
     * Takes the relay's lock and, in the same round trip, lets this transaction commit without waiting for the disk:
     * under single writes a run commits once per write it relays, and waiting for that commit's WAL flush delays the
     * writes committing behind it on the same disk. A mark lost in a database crash only sends its rows again, which
     * the consumers' inboxes absorb.
     */
    private static boolean lockedWithoutWaitingForDisk(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_try_advisory_xact_lock(?), set_config('synchronous_commit', 'off', true)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<Pending> unpublished(Connection connection) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, record_key, type, subject, occurred_at, payload, written_at, traceparent from outbox
                where published_at is null and parked_at is null order by seq limit ?""")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getLong("seq"), rows.getObject("id", UUID.class),
                            rows.getString("topic"), rows.getString("record_key"), rows.getString("type"),
                            rows.getString("subject"), rows.getObject("occurred_at", OffsetDateTime.class),
                            rows.getString("payload"), rows.getObject("written_at", OffsetDateTime.class),
                            rows.getString("traceparent")));
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

    private static void park(Connection connection, long seq, String reason, long recordBytes, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set parked_at = ?, parked_reason = ?, record_bytes = ? where seq = ?")) {
            update.setObject(1, at.atOffset(ZoneOffset.UTC));
            update.setString(2, reason);
            update.setLong(3, recordBytes);
            update.setLong(4, seq);
            update.executeUpdate();
        }
    }

    /**
     * The acknowledgement of each row to send: the send of an earlier run still on its way or acknowledged since, or a
     * new send (rows never sent, or whose earlier send failed).
     */
    private List<CompletableFuture<Void>> acknowledgements(List<Pending> batch, List<Integer> toSend,
            Map<Long, CompletableFuture<Void>> earlier) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(toSend.size());
        List<Integer> fresh = new ArrayList<>();
        for (int s = 0; s < toSend.size(); s++) {
            CompletableFuture<Void> previous = earlier.get(batch.get(toSend.get(s)).seq());
            boolean reusable = previous != null && !previous.isCompletedExceptionally();
            acks.add(reusable ? previous : null);
            if (!reusable) {
                fresh.add(s);
            }
        }
        List<Message<String>> messages = fresh.stream().map(s -> message(batch.get(toSend.get(s)))).toList();
        List<CompletableFuture<Void>> sent = CompletableFuture.supplyAsync(() -> send(messages), sender).join();
        for (int f = 0; f < fresh.size(); f++) {
            acks.set(fresh.get(f), sent.get(f));
        }
        return acks;
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
        return Message.of(row.payload(), Metadata.of(kafka, cloudEvent, traces.continuing(row.traceparent())));
    }

    private double oldestWaitingSeconds() {
        Instant oldest = oldestWaiting.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }
}
