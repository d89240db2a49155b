package io.deliveryhub.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.workforce.ResourceEventsConsumer;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Events on deliveryhub.resources.v1 as resources-service publishes them, made from its committed examples and
 * keyed as it keys them (the project for time entries and allocations, the person for people and time off).
 */
public final class ResourceFeed {

    public static final String PERSON_CREATED = "deliveryhub.person.created.v1";
    public static final String PERSON_UPDATED = "deliveryhub.person.updated.v1";
    public static final String TIME_ENTRY_RECORDED = "deliveryhub.time-entry.recorded.v1";
    public static final String TIME_ENTRY_UPDATED = "deliveryhub.time-entry.updated.v1";
    public static final String TIME_ENTRY_DECIDED = "deliveryhub.time-entry.decided.v1";
    public static final String TIME_ENTRIES_IMPORTED = "deliveryhub.time-entries.imported.v1";
    public static final String TIME_OFF_RECORDED = "deliveryhub.time-off.recorded.v1";
    public static final String TIME_OFF_CANCELLED = "deliveryhub.time-off.cancelled.v1";
    public static final String ALLOCATION_CREATED = "deliveryhub.allocation.created.v1";
    public static final String ALLOCATION_UPDATED = "deliveryhub.allocation.updated.v1";
    public static final String ALLOCATION_RELEASED = "deliveryhub.allocation.released.v1";
    public static final String OVERALLOCATION_CHANGED = "deliveryhub.person.overallocation-changed.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private ResourceFeed() {
    }

    /** The example person under this id and version, with this weekly capacity and practice, active since 2024. */
    public static ObjectNode person(UUID id, long version, double capacity, String practice) {
        ObjectNode payload = versioned(PERSON_CREATED, id, version);
        state(payload).put("capacityHoursPerWeek", capacity).put("practice", practice).put("name", "Person " + id);
        return payload;
    }

    /** The example time entry of one event type (recorded, updated, decided) on this project, person and day. */
    public static ObjectNode timeEntry(String type, UUID id, long version, UUID projectId, UUID personId,
            LocalDate date, double hours, String cost, boolean billable, String status) {
        ObjectNode payload = versioned(type, id, version);
        ObjectNode state = state(payload).put("projectId", projectId.toString()).put("personId", personId.toString())
                .put("date", date.toString()).put("hours", hours).put("billable", billable).put("status", status);
        cost(state, cost);
        return payload;
    }

    /** An import chunk of one project holding a single entry (id, version, ...); more are added by the caller. */
    public static ObjectNode imported(UUID projectId) {
        ObjectNode payload = EventFeed.example(TIME_ENTRIES_IMPORTED);
        state(payload).put("id", UUID.randomUUID().toString()).put("projectId", projectId.toString());
        ((ArrayNode) state(payload).get("entries")).removeAll();
        state(payload).put("count", 0);
        return payload;
    }

    /** Adds an entry to an import chunk made by {@link #imported}. */
    public static ObjectNode importedEntry(ObjectNode chunk, UUID id, long version, UUID personId, LocalDate date,
            double hours, String cost, String status) {
        ObjectNode entry = ((ArrayNode) EventFeed.example(TIME_ENTRIES_IMPORTED).at("/state/entries")).get(0)
                .deepCopy();
        entry.put("id", id.toString()).put("version", version).put("personId", personId.toString())
                .put("projectId", state(chunk).get("projectId").asText()).put("date", date.toString())
                .put("hours", hours).put("status", status).put("change", version == 1 ? "created" : "updated");
        cost(entry, cost);
        ArrayNode entries = (ArrayNode) state(chunk).get("entries");
        entries.add(entry);
        state(chunk).put("count", entries.size());
        return chunk;
    }

    public static ObjectNode timeOff(String type, UUID id, long version, UUID personId, LocalDate from, LocalDate to,
            double hoursPerDay, String kind) {
        ObjectNode payload = versioned(type, id, version);
        state(payload).put("personId", personId.toString()).put("from", from.toString()).put("to", to.toString())
                .put("hoursPerDay", hoursPerDay).put("type", kind);
        return payload;
    }

    /** The example allocation of this person, without the bill rate the example writes on it (the person's apply). */
    public static ObjectNode allocation(String type, UUID id, long version, UUID personId, UUID projectId,
            LocalDate from, LocalDate to, double hoursPerWeek, String booking) {
        ObjectNode payload = versioned(type, id, version);
        state(payload).put("personId", personId.toString()).put("projectId", projectId.toString())
                .put("from", from.toString()).put("to", to.toString()).put("hoursPerWeek", hoursPerWeek)
                .put("booking", booking).putNull("billRate");
        return payload;
    }

    /** A person's over-allocated weeks, each {ISO week, capacity hours, booked hours}; none once they are fine. */
    public static ObjectNode overallocation(UUID personId, long version, Object[]... weeks) {
        ObjectNode payload = EventFeed.example(OVERALLOCATION_CHANGED);
        payload.put("version", version);
        payload.remove("changes");
        ArrayNode list = state(payload).put("personId", personId.toString()).put("version", version)
                .putArray("overallocatedWeeks");
        for (Object[] week : weeks) {
            list.addObject().put("week", (String) week[0]).put("capacityHours", (Double) week[1])
                    .put("bookedHours", (Double) week[2]);
        }
        return payload;
    }

    public static ObjectNode state(ObjectNode payload) {
        return (ObjectNode) payload.get("state");
    }

    /** Publishes on the resources topic under this key; returns the event id. */
    public static UUID publish(String type, UUID key, ObjectNode payload) {
        return EventFeed.publish(Topics.RESOURCES, type, key.toString(), payload);
    }

    /** Waits until the resources consumer has handled the event (applied it, or found nothing to do). */
    public static void awaitHandled(UUID eventId) {
        Awaitility.await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) Project.getEntityManager()
                        .createNativeQuery("select count(*) from inbox where consumer = :consumer and event_id = :id")
                        .setParameter("consumer", ResourceEventsConsumer.CONSUMER)
                        .setParameter("id", eventId)
                        .getSingleResult()).longValue() == 1));
    }

    private static ObjectNode versioned(String type, UUID id, long version) {
        ObjectNode payload = EventFeed.example(type);
        payload.put("version", version);
        state(payload).put("id", id.toString()).put("version", version);
        return payload;
    }

    private static void cost(ObjectNode state, String cost) {
        if (cost == null) {
            state.putNull("cost").put("costed", false);
        } else {
            ((ObjectNode) state.get("cost")).put("amount", cost);
            state.put("costed", true);
        }
    }
}
