package io.deliveryhub.metrics.alert;

/** OPEN when raised; ACKNOWLEDGED once someone has taken it on; RESOLVED when its condition has cleared. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
