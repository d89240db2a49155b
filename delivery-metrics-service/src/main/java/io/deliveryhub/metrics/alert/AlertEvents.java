package io.deliveryhub.metrics.alert;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Raised, acknowledged and resolved alerts on {@code deliveryhub.alerts.v1}, keyed by project (else subject). */
@ApplicationScoped
public class AlertEvents {

    static final String RAISED = "deliveryhub.alert.raised.v1";
    static final String ACKNOWLEDGED = "deliveryhub.alert.acknowledged.v1";
    static final String RESOLVED = "deliveryhub.alert.resolved.v1";

    private final Outbox outbox;

    public AlertEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(String type, Alert alert, AggregateChange change) {
        outbox.publish(of(type, alert, change));
    }

    /** Several alerts' events in one write to the outbox, in this order: what one evaluation raised and resolved. */
    void publishAll(List<DomainEvent> events) {
        outbox.publishAll(events);
    }

    static DomainEvent of(String type, Alert alert, AggregateChange change) {
        return DomainEvent.of(Topics.ALERTS, type, alert.eventKey(), alert.id, alert.updatedAt, change);
    }
}
