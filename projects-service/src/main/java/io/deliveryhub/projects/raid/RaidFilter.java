package io.deliveryhub.projects.raid;

/** The filters of the RAID list; all optional, combined with AND. */
public record RaidFilter(RaidType type, RaidStatus status, Integer minScore) {
}
