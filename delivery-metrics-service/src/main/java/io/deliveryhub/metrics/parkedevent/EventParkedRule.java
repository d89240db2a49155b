package io.deliveryhub.metrics.parkedevent;

import io.deliveryhub.metrics.alert.AlertRule;
import io.deliveryhub.metrics.alert.Breach;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An event a service could not publish (Kafka refuses it for good): whatever it was to tell consumers is missing
 * from every read model and KPI until an ADMIN fixes the cause and re-queues it. One alert per parked event; it
 * resolves when the event is re-queued. The value is the event's size in bytes.
 */
@ApplicationScoped
public class EventParkedRule implements AlertRule {

    static final String NAME = "OUTBOX_EVENT_PARKED";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return ParkedEvent.<ParkedEvent> findAll(Sort.by("parkedAt")).stream()
                .map(event -> new Breach(NAME, event.eventId, null, event.service + " could not publish " + event.type
                        + " event " + event.eventId + " (" + event.sizeBytes + " bytes) and parked it: " + event.reason
                        + "; see /api/v1/admin/<service>/outbox/parked", BigDecimal.valueOf(event.sizeBytes), null))
                .toList();
    }
}
