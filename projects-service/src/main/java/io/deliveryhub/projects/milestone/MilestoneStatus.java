package io.deliveryhub.projects.milestone;

/** WAIVED milestones leave earned value and the on-time rate (DESIGN.md §8); DONE ones count with their weight. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, WAIVED
}
