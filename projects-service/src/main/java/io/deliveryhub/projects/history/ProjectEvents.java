package io.deliveryhub.projects.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.projects.ProjectsTopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Publishes an event about a project (the project itself or anything under it) and appends it to the
 * project's history in the same transaction, so the audit trail and the event stream never disagree.
 */
@ApplicationScoped
public class ProjectEvents {

    private final Outbox outbox;
    private final ObjectMapper json;

    public ProjectEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * @param subject the aggregate the event is about: the project, or a milestone, RAID item, ... of it
     */
    public void publish(String type, UUID projectId, UUID subject, Instant time, AggregateChange payload) {
        DomainEvent event = ProjectsTopic.event(type, projectId, subject, time, payload);
        outbox.publish(event);
        ProjectHistoryEntry entry = new ProjectHistoryEntry();
        entry.eventId = event.id();
        entry.projectId = projectId;
        entry.type = type;
        entry.subjectId = subject;
        entry.version = payload.version();
        entry.actor = payload.actor();
        entry.occurredAt = time;
        entry.changes = payload.changes() == null || payload.changes().isEmpty() ? null : write(payload);
        entry.persist();
    }

    private String write(AggregateChange payload) {
        try {
            return json.writeValueAsString(payload.changes());
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
