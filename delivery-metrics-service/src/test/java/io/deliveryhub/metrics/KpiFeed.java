package io.deliveryhub.metrics;

import static io.deliveryhub.metrics.ProjectFeed.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** The facts project KPIs are computed from, published as projects-service would, for the trend and portfolio tests. */
public final class KpiFeed {

    private KpiFeed() {
    }

    /** The worked-example project of docs/kpis.md#earned-value: ACTIVE, planned 2–12 March 2026, BAC 10000 EUR. */
    public static ObjectNode plannedProject(UUID project) {
        ObjectNode payload = project(project, 1, "ACTIVE");
        state(payload).put("plannedStart", "2026-03-02").put("plannedEnd", "2026-03-12");
        ((ObjectNode) state(payload).get("budget")).put("amount", "10000.00");
        return payload;
    }

    public static UUID milestone(UUID project, int weight, String status, String due, String completedOn) {
        UUID id = UUID.randomUUID();
        ObjectNode payload = fact(MILESTONE_CREATED, project, id, 1);
        state(payload).put("weight", weight).put("status", status).put("dueDate", due).put("completedOn", completedOn);
        publish(MILESTONE_CREATED, project, payload);
        return id;
    }

    /** A milestone added at that time (the producer's example adds it on 2 March). */
    public static UUID milestoneAddedAt(UUID project, int weight, String due, String addedAt) {
        UUID id = UUID.randomUUID();
        ObjectNode payload = fact(MILESTONE_CREATED, project, id, 1);
        state(payload).put("weight", weight).put("status", "PLANNED").put("dueDate", due).putNull("completedOn")
                .put("createdAt", addedAt).put("updatedAt", addedAt);
        publish(MILESTONE_CREATED, project, payload);
        return id;
    }

    /** Waives a milestone that {@link #milestone} added (version 1) at that time. */
    public static void waive(UUID project, UUID milestone, int weight, String due, String waivedAt) {
        ObjectNode payload = fact(MILESTONE_WAIVED, project, milestone, 2);
        state(payload).put("weight", weight).put("dueDate", due).put("updatedAt", waivedAt);
        publish(MILESTONE_WAIVED, project, payload);
    }

    /** A baseline of the worked-example project (planned from 2 March) made at that time. */
    public static void baseline(UUID project, int number, String madeAt, String plannedEnd, String budget) {
        ObjectNode payload = fact(BASELINE_CHANGED, project, UUID.randomUUID(), number);
        state(payload).put("version", number).put("createdAt", madeAt).put("plannedStart", "2026-03-02")
                .put("plannedEnd", plannedEnd);
        ((ObjectNode) state(payload).get("budget")).put("amount", budget);
        publish(BASELINE_CHANGED, project, payload);
    }

    /** The worked-example project with a new planned end and budget, as an approved change request leaves it. */
    public static void replanned(UUID project, long version, String plannedEnd, String budget) {
        ObjectNode payload = plannedProject(project);
        payload.put("version", version);
        state(payload).put("version", version).put("plannedEnd", plannedEnd);
        ((ObjectNode) state(payload).get("budget")).put("amount", budget);
        publish(PROJECT_UPDATED, project, payload);
    }

    public static void report(UUID project, String asOf, String overall, int percentComplete) {
        ObjectNode payload = fact(STATUS_REPORT_POSTED, project, UUID.randomUUID(), 1);
        state(payload).put("asOf", asOf).put("overall", overall).put("percentComplete", percentComplete)
                .put("createdAt", asOf + "T16:00:00Z");
        publish(STATUS_REPORT_POSTED, project, payload);
    }

    public static void risk(UUID project, int score, String raisedAt) {
        risk(project, "RISK", "OPEN", score, raisedAt);
    }

    public static void risk(UUID project, String type, String status, int score, String raisedAt) {
        ObjectNode payload = fact(RAID_ITEM_RAISED, project, UUID.randomUUID(), 1);
        state(payload).put("type", type).put("status", status).put("score", score).put("createdAt", raisedAt);
        publish(RAID_ITEM_RAISED, project, payload);
    }

    public static void feedback(UUID project, int csat, int nps, String receivedAt) {
        ObjectNode payload = fact(FEEDBACK_RECEIVED, project, UUID.randomUUID(), 1);
        state(payload).put("csat", csat).put("nps", nps).put("createdAt", receivedAt);
        publish(FEEDBACK_RECEIVED, project, payload);
    }
}
