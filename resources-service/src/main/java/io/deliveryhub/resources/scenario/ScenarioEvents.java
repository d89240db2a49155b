package io.deliveryhub.resources.scenario;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.allocation.Booking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events of scenarios, on {@code deliveryhub.resources.v1} keyed by the scenario id (so one scenario's events
 * stay in order), for the views other services answer for a scenario (docs/scenarios.md#events). Each carries the
 * scenario as it is (owner, name, status, version) and the changes made, each resolved as {@link PlanOverlay} lays it
 * over the live plan: the live allocation it takes out ({@code replaces}) and the allocation it puts in. A copy's
 * changes travel in chunks, so that a 5,000-allocation copy stays within the event size limit. Written to the outbox
 * in the transaction of the change, as every event.
 */
@ApplicationScoped
class ScenarioEvents {

    static final String CREATED = "deliveryhub.scenario.created.v1";
    static final String CHANGED = "deliveryhub.scenario.changed.v1";
    static final String APPLIED = "deliveryhub.scenario.applied.v1";
    static final String DISCARDED = "deliveryhub.scenario.discarded.v1";
    /** Changes per event: 500 of the longest stay far below the 1 MiB limit. */
    static final int CHUNK = 500;
    /** The status a discarded scenario is announced with; it is deleted here, so it has no {@link ScenarioStatus}. */
    static final String DISCARDED_STATUS = "DISCARDED";

    private final Outbox outbox;
    private final Actor actor;

    ScenarioEvents(Outbox outbox, Actor actor) {
        this.outbox = outbox;
        this.actor = actor;
    }

    /** The state of every scenario event: the scenario, and what this event changes of it (lists may be empty). */
    public record ScenarioState(UUID id, String name, UUID ownerId, String status, long version, Instant updatedAt,
            List<PlannedChange> allocations, List<UUID> withdrawnAllocations,
            List<TentativeProjectState> tentativeProjects, List<UUID> removedTentativeProjects) {
    }

    /**
     * One allocation change as the scenario's plan has it.
     *
     * @param replaces the live allocation the change takes out of the plan (CHANGE, REMOVE), null for ADD
     * @param allocation the allocation the change puts into the plan, null for REMOVE
     */
    public record PlannedChange(UUID allocationId, AllocationChangeKind change, Long basedOnVersion, UUID replaces,
            AllocationState allocation) {
    }

    public record AllocationState(UUID projectId, UUID personId, String placeholderRole, LocalDate from, LocalDate to,
            BigDecimal hoursPerWeek, Booking booking, boolean billable, Money billRate, Money costRate) {
    }

    public record TentativeProjectState(UUID id, String name, String practice, LocalDate from, LocalDate to,
            BigDecimal probability, List<RoleDemand> roleDemand) {
    }

    /** A new scenario, with the allocations it copied from the live plan in as many events as it takes. */
    void created(Scenario scenario, List<ScenarioAllocation> copied) {
        outbox.publishAll(created(scenario, copied, actor.name()));
    }

    /** The first chunk of changes goes with the scenario's creation, the others follow as changes. */
    static List<DomainEvent> created(Scenario scenario, List<ScenarioAllocation> copied, String actor) {
        List<DomainEvent> events = new ArrayList<>();
        List<PlannedChange> changes = copied.stream().map(ScenarioEvents::resolved).toList();
        events.add(event(CREATED, scenario, scenario.status.name(), actor,
                changes.subList(0, Math.min(CHUNK, changes.size())), List.of(), List.of(), List.of()));
        for (int from = CHUNK; from < changes.size(); from += CHUNK) {
            events.add(event(CHANGED, scenario, scenario.status.name(), actor,
                    changes.subList(from, Math.min(changes.size(), from + CHUNK)), List.of(), List.of(), List.of()));
        }
        return events;
    }

    /** An allocation change set (added, patched or removed). */
    void planned(Scenario scenario, ScenarioAllocation change) {
        publish(CHANGED, scenario, List.of(resolved(change)), List.of(), List.of(), List.of());
    }

    /** An allocation the scenario had added and no longer has. */
    void withdrawn(Scenario scenario, UUID allocationId) {
        publish(CHANGED, scenario, List.of(), List.of(allocationId), List.of(), List.of());
    }

    void tentativeAdded(Scenario scenario, TentativeProjectView project) {
        publish(CHANGED, scenario, List.of(), List.of(), List.of(new TentativeProjectState(project.id(),
                project.name(), project.practice(), project.from(), project.to(), project.probability(),
                project.roleDemand())), List.of());
    }

    void tentativeRemoved(Scenario scenario, UUID projectId) {
        publish(CHANGED, scenario, List.of(), List.of(), List.of(), List.of(projectId));
    }

    /** Its changes are the live plan now: they reach other services as allocation events, the scenario is done. */
    void applied(Scenario scenario) {
        publish(APPLIED, scenario, List.of(), List.of(), List.of(), List.of());
    }

    /** Deleted with its changes; the event's version is one past the scenario's last. */
    void discarded(Scenario scenario, Instant now) {
        scenario.stampChanged(now);
        outbox.publish(event(DISCARDED, scenario, DISCARDED_STATUS, actor.name(), List.of(), List.of(), List.of(),
                List.of()));
    }

    private void publish(String type, Scenario scenario, List<PlannedChange> allocations, List<UUID> withdrawn,
            List<TentativeProjectState> tentative, List<UUID> removedTentative) {
        outbox.publish(event(type, scenario, scenario.status.name(), actor.name(), allocations, withdrawn, tentative,
                removedTentative));
    }

    private static DomainEvent event(String type, Scenario scenario, String status, String actor,
            List<PlannedChange> allocations, List<UUID> withdrawn, List<TentativeProjectState> tentative,
            List<UUID> removedTentative) {
        ScenarioState state = new ScenarioState(scenario.id, scenario.name, scenario.ownerId, status,
                scenario.version, scenario.updatedAt, List.copyOf(allocations), withdrawn, tentative,
                removedTentative);
        return ResourcesTopic.event(type, scenario.id, scenario.id, scenario.updatedAt,
                AggregateChange.created(scenario.version, actor, state));
    }

    /** The change as PlanOverlay reads it: what it takes out of the live plan and what it puts in. */
    private static PlannedChange resolved(ScenarioAllocation change) {
        UUID replaces = change.change == AllocationChangeKind.ADD ? null : change.key.allocationId();
        AllocationState allocation = change.change == AllocationChangeKind.REMOVE ? null
                : new AllocationState(change.projectId, change.terms.personId, change.terms.placeholderRole,
                        change.terms.fromDate, change.terms.toDate, change.terms.hoursPerWeek, change.terms.booking,
                        change.terms.billable, change.terms.billRate(), change.terms.costRate());
        return new PlannedChange(change.key.allocationId(), change.change, change.basedOnVersion, replaces,
                allocation);
    }
}
