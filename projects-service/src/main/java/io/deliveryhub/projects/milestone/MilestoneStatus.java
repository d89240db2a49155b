package io.deliveryhub.projects.milestone;

/** WAIVED milestones leave earned value and the on-time rate (docs/kpis.md); DONE ones count with their weight. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, WAIVED
}
