package io.deliveryhub.projects.project;

/** The lifecycle of DESIGN.md §6; a new project is PROPOSED. */
public enum ProjectStatus {
    PROPOSED, PLANNING, ACTIVE, ON_HOLD, COMPLETED, CLOSED, CANCELLED
}
