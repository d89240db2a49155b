package io.deliveryhub.resources.capacity;

/**
 * Where demand comes from. PROPOSED is everything of a not-yet-won project, weighted by its win probability. PIPELINE
 * is the role demand a CRM opportunity carries, weighted the same way and counted apart from the rest.
 */
public enum DemandKind {
    REQUESTS, PLACEHOLDERS, SOFT, PROPOSED, PIPELINE
}
