package io.deliveryhub.platform.outbox;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Events the relay parked: announced when parked (an {@code event-parked} notice on the service's own topic, for
 * delivery-metrics to raise an alert, and {@link EventParked} in the service), listed to ADMIN, and re-queued by an
 * ADMIN once the cause is fixed (a larger limit, a corrected topic).
 */
@ApplicationScoped
public class ParkedEvents {

    private static final Map<String, String> SORTABLE = Map.of("parkedAt", "parkedAt", "type", "type");

    private final Outbox outbox;
    private final Event<EventParked> parked;
    private final Event<EventRequeued> requeued;
    private final Event<OutboxWritten> written;
    private final Clock clock;
    private final String service;
    private final Optional<String> noticeTopic;

    public ParkedEvents(Outbox outbox, Event<EventParked> parked, Event<EventRequeued> requeued,
            Event<OutboxWritten> written, Clock clock, @ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "deliveryhub.outbox.parked-notice-topic") Optional<String> noticeTopic) {
        this.outbox = outbox;
        this.parked = parked;
        this.requeued = requeued;
        this.written = written;
        this.clock = clock;
        this.service = service;
        this.noticeTopic = noticeTopic;
    }

    /** In the transaction that parks the event: the notice is published exactly when the parking commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(ParkedEvent event) {
        ParkedEventNotice notice = ParkedEventNotice.of(service, event);
        parked.fire(new EventParked(notice));
        publishNotice(ParkedEventNotice.TYPE, event.id(), event.parkedAt(), notice);
    }

    /** Keyed by the parked event's id: its parking and re-queueing notices stay in order. */
    private void publishNotice(String type, UUID eventId, Instant at, Object notice) {
        noticeTopic.ifPresent(topic -> outbox.publish(new DomainEvent(UUID.randomUUID(), topic, type,
                eventId.toString(), eventId.toString(), at, AggregateChange.created(1, service, notice))));
    }

    public ResultPage<ParkedEvent> list(PageRequest page) {
        Sort sort = page.sort == null || page.sort.isBlank() ? Sort.descending("parkedAt").and("seq")
                : page.toSort(SORTABLE, "seq");
        return ResultPage.of(OutboxEvent.<OutboxEvent> find("parkedAt is not null", sort), page, ParkedEvent::of);
    }

    /** Puts a parked event back in line (behind the events written since); the relay tries it again at once. */
    @Transactional
    public void requeue(UUID id) {
        OutboxEvent row = OutboxEvent.<OutboxEvent> find("id = ?1 and parkedAt is not null", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFound("Parked event", id));
        row.parkedAt = null;
        row.parkedReason = null;
        row.recordBytes = null;
        RequeuedEventNotice notice = new RequeuedEventNotice(service, id, row.type, clock.instant());
        requeued.fire(new EventRequeued(notice));
        publishNotice(RequeuedEventNotice.TYPE, id, notice.requeuedAt(), notice);
        written.fire(new OutboxWritten());
    }
}
