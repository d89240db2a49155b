package io.deliveryhub.projects.raid;

public enum RaidType {
    RISK, ASSUMPTION, ISSUE, DEPENDENCY
}
