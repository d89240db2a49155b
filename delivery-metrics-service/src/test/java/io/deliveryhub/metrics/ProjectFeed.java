package io.deliveryhub.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Events on deliveryhub.projects.v1 as projects-service publishes them, made from its committed examples. */
public final class ProjectFeed {

    public static final String PROJECT_CREATED = "deliveryhub.project.created.v1";
    public static final String PROJECT_UPDATED = "deliveryhub.project.updated.v1";
    public static final String PROJECT_STATUS_CHANGED = "deliveryhub.project.status-changed.v1";
    public static final String CLIENT_CREATED = "deliveryhub.client.created.v1";
    public static final String BASELINE_CHANGED = "deliveryhub.project.baseline-changed.v1";
    public static final String MILESTONE_CREATED = "deliveryhub.milestone.created.v1";
    public static final String MILESTONE_COMPLETED = "deliveryhub.milestone.completed.v1";
    public static final String MILESTONE_WAIVED = "deliveryhub.milestone.waived.v1";
    public static final String STATUS_REPORT_POSTED = "deliveryhub.status-report.posted.v1";
    public static final String RAID_ITEM_RAISED = "deliveryhub.raid-item.raised.v1";
    public static final String RAID_ITEM_UPDATED = "deliveryhub.raid-item.updated.v1";
    public static final String FEEDBACK_RECEIVED = "deliveryhub.feedback.received.v1";

    private ProjectFeed() {
    }

    /** The example project under this id, at this version and status; the key comes from the id, so it is unique. */
    public static ObjectNode project(UUID id, long version, String status) {
        ObjectNode payload = EventFeed.example(PROJECT_CREATED);
        payload.put("version", version);
        ((ObjectNode) payload.get("state")).put("id", id.toString())
                .put("key", "K" + id.toString().replace("-", "").substring(0, 12).toUpperCase())
                .put("status", status)
                .put("version", version);
        return payload;
    }

    /**
     * The producer's example of an event about something of a project (milestone, baseline, status report, RAID
     * item, feedback), moved onto this project under this id and version; the rest of its state is the example's.
     */
    public static ObjectNode fact(String type, UUID projectId, UUID id, long version) {
        ObjectNode payload = EventFeed.example(type);
        payload.put("version", version);
        ObjectNode state = (ObjectNode) payload.get("state");
        state.put("id", id.toString()).put("projectId", projectId.toString());
        if (state.has("version") && !type.equals(BASELINE_CHANGED)) {
            state.put("version", version);
        }
        return payload;
    }

    /** The state of a payload, to adjust before publishing it. */
    public static ObjectNode state(ObjectNode payload) {
        return (ObjectNode) payload.get("state");
    }

    /** A project projects-service has announced and the read model holds: what telemetry may refer to. */
    public static UUID knownProject() {
        UUID id = UUID.randomUUID();
        publish(PROJECT_CREATED, id, project(id, 1, "ACTIVE"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> Project.findById(id) != null));
        return id;
    }

    /** Publishes an event keyed by the project, as everything about a project is; returns the event id. */
    public static UUID publish(String type, UUID projectId, ObjectNode payload) {
        return EventFeed.publish(Topics.PROJECTS, type, projectId.toString(), payload);
    }
}
