package io.deliveryhub.metrics.incident;

/** Derived from resolvedAt: an incident is OPEN until it has one. */
public enum IncidentStatus {
    OPEN, RESOLVED
}
