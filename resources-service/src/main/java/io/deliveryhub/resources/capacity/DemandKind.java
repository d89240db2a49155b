package io.deliveryhub.resources.capacity;

/** Where demand comes from. PROPOSED is everything of a not-yet-won project, weighted by its win probability. */
public enum DemandKind {
    REQUESTS, PLACEHOLDERS, SOFT, PROPOSED
}
