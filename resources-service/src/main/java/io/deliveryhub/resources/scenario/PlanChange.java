package io.deliveryhub.resources.scenario;

import java.util.UUID;

/**
 * One change of a scenario to one allocation.
 *
 * @param allocationId the live allocation changed or removed, or the id an added one will have
 * @param basedOnVersion the live allocation's version the change was made against (null for ADD)
 * @param after the allocation as the scenario has it (for REMOVE: as it was when removed)
 */
public record PlanChange(UUID allocationId, AllocationChangeKind kind, Long basedOnVersion, PlannedAllocation after) {
}
