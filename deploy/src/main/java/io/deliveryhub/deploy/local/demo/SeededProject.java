package io.deliveryhub.deploy.local.demo;

/**
 * A planned project as the API holds it: its id and its status now, which the lifecycle stages move on.
 */
final class SeededProject {

    private final PlannedProject plan;
    private final String id;
    private volatile String status;
    private final boolean settledBefore;

    SeededProject(PlannedProject plan, String id, String status) {
        this.plan = plan;
        this.id = id;
        this.status = status;
        this.settledBefore = plan.endsSettled() && status.equals(plan.target());
    }

    PlannedProject plan() {
        return plan;
    }

    String id() {
        return id;
    }

    String key() {
        return plan.key();
    }

    String status() {
        return status;
    }

    void moved(String to) {
        status = to;
    }

    /**
     * Whether an earlier run already took it to its final status: everything hanging off it was written before that
     * last transition, and a CLOSED or CANCELLED project takes nothing more anyway.
     */
    boolean settledBefore() {
        return settledBefore;
    }

    /** Whether the stages that write what happened on a project (time, milestones, reports...) have work here. */
    boolean takesHistory() {
        return plan.hasWork() && !settledBefore;
    }
}
