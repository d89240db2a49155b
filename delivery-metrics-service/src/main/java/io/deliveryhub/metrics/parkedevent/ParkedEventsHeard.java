package io.deliveryhub.metrics.parkedevent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.metrics.alert.AlertInputsChanged;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.outbox.EventParked;
import io.deliveryhub.platform.outbox.EventRequeued;
import io.deliveryhub.platform.outbox.ParkedEventNotice;
import io.deliveryhub.platform.outbox.RequeuedEventNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps {@link ParkedEvent} from the services' notices: those the other services publish on their topics, and this
 * service's own, which its relay hands over in-process (it has no topic of its own that it reads).
 */
@ApplicationScoped
public class ParkedEventsHeard {

    private final ObjectMapper json;
    private final Event<AlertInputsChanged> alertInputsChanged;

    public ParkedEventsHeard(ObjectMapper json, Event<AlertInputsChanged> alertInputsChanged) {
        this.json = json;
        this.alertInputsChanged = alertInputsChanged;
    }

    /** Whether a consumer should hand this event type here. */
    public static boolean isNotice(String type) {
        return ParkedEventNotice.TYPE.equals(type) || RequeuedEventNotice.TYPE.equals(type);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        try {
            if (ParkedEventNotice.TYPE.equals(event.type())) {
                parked(json.treeToValue(event.state(), ParkedEventNotice.class));
            } else {
                requeued(json.treeToValue(event.state(), RequeuedEventNotice.class));
            }
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.MalformedEvent(event.type() + " " + event.id() + " has no readable state: "
                    + e.getOriginalMessage());
        }
    }

    void ownEventParked(@Observes EventParked parked) {
        parked(parked.notice());
    }

    void ownEventRequeued(@Observes EventRequeued requeued) {
        requeued(requeued.notice());
    }

    private void parked(ParkedEventNotice notice) {
        ParkedEvent event = ParkedEvent.<ParkedEvent> findByIdOptional(notice.eventId()).orElseGet(ParkedEvent::new);
        event.eventId = notice.eventId();
        event.service = notice.service();
        event.type = notice.type();
        event.topic = notice.topic();
        event.sizeBytes = notice.sizeBytes();
        event.reason = notice.reason();
        event.parkedAt = notice.parkedAt();
        event.persist();
        alertInputsChanged.fire(new AlertInputsChanged());
    }

    private void requeued(RequeuedEventNotice notice) {
        UUID id = notice.eventId();
        if (ParkedEvent.deleteById(id)) {
            alertInputsChanged.fire(new AlertInputsChanged());
        }
    }
}
