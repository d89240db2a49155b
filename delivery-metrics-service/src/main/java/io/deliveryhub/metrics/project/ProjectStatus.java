package io.deliveryhub.metrics.project;

/** The project lifecycle of docs/architecture.md#lifecycle, in the order a project moves through it. */
public enum ProjectStatus {
    PROPOSED, PLANNING, ACTIVE, ON_HOLD, COMPLETED, CLOSED, CANCELLED
}
