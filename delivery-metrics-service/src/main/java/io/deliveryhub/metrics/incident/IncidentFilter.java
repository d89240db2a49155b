package io.deliveryhub.metrics.incident;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of the incident list; {@code from}/{@code to} are days (UTC, inclusive) of openedAt. */
public record IncidentFilter(UUID projectId, String service, IncidentStatus status, LocalDate from, LocalDate to) {
}
