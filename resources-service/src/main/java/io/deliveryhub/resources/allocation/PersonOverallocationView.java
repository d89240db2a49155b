package io.deliveryhub.resources.allocation;

import java.util.List;
import java.util.UUID;

/**
 * A person's over-allocation as {@code deliveryhub.person.overallocation-changed.v1} states it: every ISO week in
 * which their HARD bookings exceed their capacity after time off (empty once none does). resources-service owns
 * the rule; consumers alert from these weeks instead of recomputing them.
 */
public record PersonOverallocationView(UUID personId, List<OverbookedWeek> overallocatedWeeks, long version) {
}
