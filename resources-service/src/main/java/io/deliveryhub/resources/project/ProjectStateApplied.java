package io.deliveryhub.resources.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A project event newer than what resources-service held has just been applied to the known projects; fired
 * synchronously inside the transaction that applies it, so read models built from the project's state (pipeline
 * demand) commit, or are retried, with the inbox record.
 *
 * @param statusBefore the status held before, or null when the project was not known yet
 * @param state the project's full state as the event carries it
 */
public record ProjectStateApplied(UUID projectId, String statusBefore, String status, boolean acceptsRecords,
        JsonNode state) {
}
