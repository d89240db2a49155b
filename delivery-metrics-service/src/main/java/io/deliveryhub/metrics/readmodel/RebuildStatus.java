package io.deliveryhub.metrics.readmodel;

/** RUNNING until every topic is replayed (COMPLETED) or something stops it (FAILED, with the reason). */
public enum RebuildStatus {
    RUNNING, COMPLETED, FAILED
}
