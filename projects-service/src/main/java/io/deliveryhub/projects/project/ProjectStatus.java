package io.deliveryhub.projects.project;

/** The lifecycle of docs/architecture.md#lifecycle; a new project is PROPOSED. */
public enum ProjectStatus {
    PROPOSED, PLANNING, ACTIVE, ON_HOLD, COMPLETED, CLOSED, CANCELLED
}
