package io.deliveryhub.platform.outbox;

import io.deliveryhub.platform.problem.ProblemException;
import java.util.Map;

/** 413: the change would publish an event larger than the broker takes, so nothing of it is committed. */
public class EventTooLarge extends ProblemException {

    public EventTooLarge(String eventType, long sizeBytes, long limitBytes) {
        super(413, "event-too-large", "Event too large",
                "This change would publish a " + eventType + " event of " + sizeBytes + " bytes, above the limit of "
                        + limitBytes + " bytes per event; nothing was saved. Send less text or fewer items in one "
                        + "request (for example split long descriptions or lists over several changes).",
                Map.of("eventType", eventType, "sizeBytes", sizeBytes, "limitBytes", limitBytes));
    }
}
