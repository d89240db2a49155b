package io.deliveryhub.resources.capacity;

import io.deliveryhub.platform.events.ProjectStatuses;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.scenario.PlanOverlay;
import io.deliveryhub.resources.scenario.PlannedAllocation;
import io.deliveryhub.resources.scenario.TentativeDemand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A scenario's changes to demand (docs/scenarios.md), beside the live demand sources: the uncommitted allocations it
 * takes out of the live plan stop counting, its own count as the live ones would, and its tentative projects' role
 * demand counts as proposed demand × their probability. Supply changes come through the people's bookings.
 */
final class ScenarioDemand {

    private ScenarioDemand() {
    }

    static void add(CapacityPlan plan, PlanOverlay scenario, CapacityGroupBy groupBy, List<LocalDate[]> ranges,
            Map<UUID, Person> people, Map<UUID, List<String>> skills) {
        if (scenario.isEmpty()) {
            return;
        }
        Set<UUID> projectIds = new HashSet<>();
        scenario.removed().forEach(allocation -> projectIds.add(allocation.projectId()));
        scenario.added().forEach(allocation -> projectIds.add(allocation.projectId()));
        Map<UUID, KnownProject> projects = projectIds.isEmpty() ? Map.of()
                : KnownProject.<KnownProject> list("id in ?1", projectIds).stream()
                        .collect(Collectors.toMap(project -> project.id, Function.identity()));
        for (PlannedAllocation allocation : scenario.removed()) {
            allocation(plan, allocation, BigDecimal.ONE.negate(), projects, groupBy, ranges, people, skills);
        }
        for (PlannedAllocation allocation : scenario.added()) {
            allocation(plan, allocation, BigDecimal.ONE, projects, groupBy, ranges, people, skills);
        }
        for (TentativeDemand demand : scenario.tentative()) {
            List<String> groups = switch (groupBy) {
                case role -> CapacityService.single(demand.role());
                case practice -> CapacityService.single(demand.practice());
                case skill -> CapacityService.single(null);
            };
            for (int w = 0; w < ranges.size(); w++) {
                BigDecimal hours = demand.booked().between(ranges.get(w)[0], ranges.get(w)[1]);
                if (hours.signum() > 0) {
                    for (String group : groups) {
                        plan.demand(group, w, DemandKind.PLACEHOLDERS, hours, true, demand.probability());
                    }
                }
            }
        }
    }

    /** An uncommitted allocation counts as live demand does; {@code sign} −1 takes a live one's demand away. */
    private static void allocation(CapacityPlan plan, PlannedAllocation allocation, BigDecimal sign,
            Map<UUID, KnownProject> projects, CapacityGroupBy groupBy, List<LocalDate[]> ranges,
            Map<UUID, Person> people, Map<UUID, List<String>> skills) {
        KnownProject project = projects.get(allocation.projectId());
        if (allocation.consumesCapacity() || project == null) {
            return;
        }
        List<String> groups;
        if (allocation.personId() == null) {
            groups = switch (groupBy) {
                case role -> CapacityService.single(allocation.placeholderRole());
                case practice -> CapacityService.single(project.practice);
                case skill -> CapacityService.single(null);
            };
        } else {
            Person person = people.get(allocation.personId());
            groups = person == null ? CapacityService.single(null)
                    : CapacityService.groupsOf(person, groupBy, skills);
        }
        DemandKind kind = allocation.personId() == null ? DemandKind.PLACEHOLDERS : DemandKind.SOFT;
        boolean proposed = ProjectStatuses.isProposal(project.status);
        for (int w = 0; w < ranges.size(); w++) {
            BigDecimal hours = allocation.booked().between(ranges.get(w)[0], ranges.get(w)[1]);
            if (hours.signum() > 0) {
                for (String group : groups) {
                    plan.demand(group, w, kind, hours.multiply(sign), proposed, project.probability);
                }
            }
        }
    }
}
