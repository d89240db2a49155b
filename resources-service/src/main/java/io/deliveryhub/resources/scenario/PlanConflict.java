package io.deliveryhub.resources.scenario;

import java.util.UUID;

/**
 * A live allocation that moved after a scenario based a change on it, so applying would overwrite someone's work.
 *
 * @param liveVersion its version now (null when it no longer exists)
 */
public record PlanConflict(UUID allocationId, AllocationChangeKind change, long basedOnVersion, Long liveVersion,
        String reason) {
}
