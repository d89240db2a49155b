package io.deliveryhub.resources.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A known project has just stopped taking records (projects-service published acceptsRecords false); fired synchronously inside the transaction that
 * applies the project event, so whatever observers change commits (or is retried) with the inbox record.
 *
 * @param on the date of the project event, in the installation's time zone
 */
public record ProjectEnded(UUID projectId, String status, LocalDate on) {
}
