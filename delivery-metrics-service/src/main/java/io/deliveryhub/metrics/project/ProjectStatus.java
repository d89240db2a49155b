package io.deliveryhub.metrics.project;

/** The project lifecycle of DESIGN.md §6, in the order a project moves through it. */
public enum ProjectStatus {
    PROPOSED, PLANNING, ACTIVE, ON_HOLD, COMPLETED, CLOSED, CANCELLED
}
