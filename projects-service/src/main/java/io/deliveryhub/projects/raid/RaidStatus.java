package io.deliveryhub.projects.raid;

/** OPEN and IN_PROGRESS items are live; a risk is MITIGATED, an issue RESOLVED, anything finally CLOSED. */
public enum RaidStatus {
    OPEN, IN_PROGRESS, MITIGATED, RESOLVED, CLOSED;

    public boolean isLive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
