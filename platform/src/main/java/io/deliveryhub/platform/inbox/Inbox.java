package io.deliveryhub.platform.inbox;

import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.failure.TransientFailures;
import io.deliveryhub.platform.tracing.EventTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The idempotent side of every consumer: the event id is recorded in the same transaction as the
 * effect, so both commit together or not at all and a redelivered event has no second effect.
 * <p>
 * It tells weather from poison ({@link TransientFailures}): while the database (or the network to it) is unavailable,
 * the event is tried again with exponential back-off for as long as it takes, and the partition waits behind it, its
 * offset uncommitted; nothing is dead-lettered because of an outage. Only an event that fails on its own, a record
 * that is not a well-formed event or an effect that fails while the database answers, is rethrown; the channel's
 * dead-letter failure strategy then parks it in {@code <topic>.dlq} and moves on.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final EventTraces traces;
    private final Guard untilTheWeatherClears;

    public Inbox(EntityManager entityManager, DataSource dataSource, EventTraces traces, MeterRegistry metrics,
            @ConfigProperty(name = "deliveryhub.inbox.retry.initial-delay", defaultValue = "100ms") Duration initialDelay,
            @ConfigProperty(name = "deliveryhub.inbox.retry.max-delay", defaultValue = "30s") Duration maxDelay) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.traces = traces;
        Counter waits = Counter.builder("deliveryhub.inbox.outage.retries")
                .description("Attempts to apply an event again because the database was unavailable")
                .register(metrics);
        this.untilTheWeatherClears = Guard.create()
                .withDescription("inbox: an event waiting for the database")
                .withRetry()
                // no limit on attempts or time (-1 and 0 mean none): an outage ends, and skipping the event would lose it
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(initialDelay.toMillis(), ChronoUnit.MILLIS)
                .jitter(initialDelay.toMillis() / 2, ChronoUnit.MILLIS)
                .whenException(TransientFailures::isTransient)
                .beforeRetry(failure -> {
                    waits.increment();
                    LOG.warnf("an event waits for the database to come back: %s", TransientFailures.rootCause(failure));
                })
                .withExponentialBackoff().factor(2).maxDelay(maxDelay.toMillis(), ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    /**
     * Applies the event in a transaction of its own, waiting out any outage of the database first, in a span of the
     * trace the record carries.
     *
     * @param consumer names the read model being fed, so two consumers of one topic keep separate records
     * @return whether the effect ran (false for a redelivery)
     * @throws RuntimeException when the event fails on its own (never for an outage)
     */
    public boolean handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        return traces.consuming(consumer, record, event,
                () -> untilTheWeatherClears.get(() -> attempt(consumer, event, effect), Boolean.class));
    }

    /**
     * The same, in the caller's transaction and without retries: for a replay that applies many events in one
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handleInCurrentTransaction(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        boolean first = entityManager.createNativeQuery(
                "insert into inbox (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .executeUpdate() == 1;
        if (first) {
            effect.accept(event);
        }
        return first;
    }

    /**
     * Records these events as handled by {@code consumer} in one statement, in the caller's transaction.
     *
     * @return the ids not recorded before, each once: the events to apply
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<UUID> markFirstSeen(String consumer, List<UUID> eventIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement("""
                    insert into inbox (consumer, event_id) select ?, unnest(?)
                    on conflict do nothing returning event_id""")) {
                mark.setString(1, consumer);
                mark.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                Set<UUID> firstSeen = new HashSet<>();
                try (ResultSet marked = mark.executeQuery()) {
                    while (marked.next()) {
                        firstSeen.add(marked.getObject(1, UUID.class));
                    }
                }
                return firstSeen;
            }
        });
    }

    private boolean attempt(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> handleInCurrentTransaction(consumer, event, effect));
        } catch (RuntimeException failure) {
            if (!TransientFailures.isTransient(failure)) {
                rethrowAsWeatherIfTheDatabaseIsGone(failure);
            }
            throw failure;
        }
    }

    /**
     * A failure nobody has classified may still come from an outage (a driver's message we do not know); the event is
     * poison only if the database answers right after it failed.
     */
    private void rethrowAsWeatherIfTheDatabaseIsGone(RuntimeException failure) {
        SQLTransientConnectionException unreachable;
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                return;
            }
            unreachable = new SQLTransientConnectionException("the database did not answer a validation");
        } catch (SQLException e) {
            unreachable = new SQLTransientConnectionException("the database could not be reached", e);
        }
        unreachable.addSuppressed(failure);
        throw new IllegalStateException("the database became unreachable while an event was applied", unreachable);
    }
}
