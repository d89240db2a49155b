package io.deliveryhub.resources.scenario;

import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.PersonBookings;
import io.deliveryhub.resources.calendar.IsoWeek;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A scenario's changes laid over the live plan, the one place every staffing view learns what a scenario means:
 * the live allocations it takes out (removed or replaced by a change), the ones it puts in (added, or changed), and
 * the role demand of its tentative projects. Views read the live plan as they always do and let this correct it, so
 * a scenario costs only its own changes, whatever the size of the live plan.
 */
public final class PlanOverlay {

    /** No scenario: the live plan as it is. */
    public static final PlanOverlay NONE = new PlanOverlay(Map.of(), List.of(), List.of());

    private final List<PlanChange> changes;
    private final List<PlannedAllocation> removed = new ArrayList<>();
    private final List<PlannedAllocation> added = new ArrayList<>();
    private final List<TentativeDemand> tentative;
    private final Set<UUID> people = new LinkedHashSet<>();

    /**
     * @param live the live allocations the changes name, as they are now (released ones included or absent)
     * @param changes the scenario's allocation changes
     * @param tentative the role demand of the scenario's tentative projects
     */
    public PlanOverlay(Map<UUID, PlannedAllocation> live, List<PlanChange> changes, List<TentativeDemand> tentative) {
        this.changes = List.copyOf(changes);
        this.tentative = List.copyOf(tentative);
        for (PlanChange change : changes) {
            PlannedAllocation current = live.get(change.allocationId());
            // A live allocation released meanwhile books nothing any more: there is nothing left to take out.
            if (change.kind() != AllocationChangeKind.ADD && current != null && current.active()) {
                removed.add(current);
            }
            if (change.kind() != AllocationChangeKind.REMOVE) {
                added.add(change.after());
            }
        }
        for (PlannedAllocation allocation : touched()) {
            if (allocation.personId() != null) {
                people.add(allocation.personId());
            }
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty() && tentative.isEmpty();
    }

    /** Live allocations the scenario takes out of the plan (removed, or replaced by their changed version). */
    public List<PlannedAllocation> removed() {
        return removed;
    }

    /** Allocations the scenario puts into the plan (added, or the changed version of a live one). */
    public List<PlannedAllocation> added() {
        return added;
    }

    public List<TentativeDemand> tentative() {
        return tentative;
    }

    /** The named people whose bookings the scenario changes. */
    public Set<UUID> people() {
        return people;
    }

    /**
     * A person's bookings in the scenario, from their live bookings over some period: the live allocations the
     * scenario takes out are dropped (matched by dates and hours, which is all a booking counts by) and its own are
     * added. Allocations outside the period add nothing to any of its weeks, so they need no filtering.
     */
    public PersonBookings bookingsOf(UUID personId, PersonBookings live) {
        if (!people.contains(personId)) {
            return live;
        }
        List<BookedHours> hard = new ArrayList<>(live.hard());
        List<BookedHours> soft = new ArrayList<>(live.soft());
        for (PlannedAllocation allocation : removed) {
            if (personId.equals(allocation.personId())) {
                dropOne(allocation.consumesCapacity() ? hard : soft, allocation.booked());
            }
        }
        for (PlannedAllocation allocation : added) {
            if (personId.equals(allocation.personId())) {
                (allocation.consumesCapacity() ? hard : soft).add(allocation.booked());
            }
        }
        return new PersonBookings(hard, soft);
    }

    /**
     * What the scenario changes per person (or placeholder role), project and ISO week: hours it adds minus hours it
     * takes out; rows that come to zero are left out.
     */
    public List<AllocationDelta> deltas(List<IsoWeek> weeks) {
        Map<DeltaKey, BigDecimal> live = new LinkedHashMap<>();
        Map<DeltaKey, BigDecimal> scenario = new LinkedHashMap<>();
        for (PlannedAllocation allocation : removed) {
            addByWeek(live, scenario, allocation, weeks);
        }
        for (PlannedAllocation allocation : added) {
            addByWeek(scenario, live, allocation, weeks);
        }
        List<AllocationDelta> deltas = new ArrayList<>();
        live.forEach((key, liveHours) -> {
            BigDecimal scenarioHours = scenario.get(key);
            if (liveHours.compareTo(scenarioHours) != 0) {
                deltas.add(new AllocationDelta(key.personId(), key.placeholderRole(), key.projectId(),
                        key.week().toString(), hours(liveHours), hours(scenarioHours),
                        hours(scenarioHours.subtract(liveHours))));
            }
        });
        return deltas;
    }

    /**
     * What the scenario changes per project and ISO week: its allocation deltas summed per project, and the role
     * demand of each tentative project, also weighted by its win probability.
     */
    public List<ProjectWeekDelta> projectDeltas(List<IsoWeek> weeks) {
        Map<ProjectWeek, BigDecimal> live = new LinkedHashMap<>();
        for (AllocationDelta delta : deltas(weeks)) {
            live.merge(new ProjectWeek(delta.projectId(), delta.week()), delta.deltaHours(), BigDecimal::add);
        }
        List<ProjectWeekDelta> projects = new ArrayList<>();
        live.forEach((key, hours) -> {
            if (hours.signum() != 0) {
                projects.add(new ProjectWeekDelta(key.projectId(), null, key.week(), hours, hours));
            }
        });
        Map<ProjectWeek, BigDecimal> tentativeHours = new LinkedHashMap<>();
        Map<UUID, BigDecimal> probabilities = new LinkedHashMap<>();
        for (TentativeDemand demand : tentative) {
            probabilities.put(demand.tentativeProjectId(), demand.probability());
            for (IsoWeek week : weeks) {
                BigDecimal hours = demand.booked().in(week);
                if (hours.signum() != 0) {
                    tentativeHours.merge(new ProjectWeek(demand.tentativeProjectId(), week.toString()), hours,
                            BigDecimal::add);
                }
            }
        }
        tentativeHours.forEach((key, hours) -> projects.add(new ProjectWeekDelta(null, key.projectId(), key.week(),
                hours(hours), hours(hours.multiply(probabilities.get(key.projectId()))))));
        return projects;
    }

    /**
     * The live allocations a scenario based changes on that moved since: changed to another version, released, or
     * gone. An added allocation conflicts with nothing.
     *
     * @param liveNow the live allocations the changes name, released ones included
     */
    public List<PlanConflict> conflicts(Map<UUID, PlannedAllocation> liveNow) {
        List<PlanConflict> conflicts = new ArrayList<>();
        for (PlanChange change : changes) {
            if (change.kind() == AllocationChangeKind.ADD) {
                continue;
            }
            long basedOn = change.basedOnVersion();
            PlannedAllocation now = liveNow.get(change.allocationId());
            if (now == null) {
                conflicts.add(new PlanConflict(change.allocationId(), change.kind(), basedOn, null,
                        "the allocation no longer exists"));
            } else if (!now.active()) {
                conflicts.add(new PlanConflict(change.allocationId(), change.kind(), basedOn, now.version(),
                        "the allocation was released at version " + now.version()));
            } else if (now.version() != basedOn) {
                conflicts.add(new PlanConflict(change.allocationId(), change.kind(), basedOn, now.version(),
                        "the allocation changed from version " + basedOn + " to " + now.version()));
            }
        }
        return conflicts;
    }

    private List<PlannedAllocation> touched() {
        List<PlannedAllocation> touched = new ArrayList<>(removed);
        touched.addAll(added);
        return touched;
    }

    private static void dropOne(List<BookedHours> bookings, BookedHours booked) {
        Iterator<BookedHours> each = bookings.iterator();
        while (each.hasNext()) {
            BookedHours candidate = each.next();
            if (candidate.from().equals(booked.from()) && candidate.to().equals(booked.to())
                    && candidate.hoursPerWeek().compareTo(booked.hoursPerWeek()) == 0) {
                each.remove();
                return;
            }
        }
    }

    /** Adds the allocation's hours per week to {@code into}, and makes sure {@code other} has the same rows. */
    private static void addByWeek(Map<DeltaKey, BigDecimal> into, Map<DeltaKey, BigDecimal> other,
            PlannedAllocation allocation, List<IsoWeek> weeks) {
        for (IsoWeek week : weeks) {
            BigDecimal hours = allocation.booked().in(week);
            if (hours.signum() == 0) {
                continue;
            }
            DeltaKey key = new DeltaKey(allocation.personId(), allocation.placeholderRole(), allocation.projectId(),
                    week);
            into.merge(key, hours, BigDecimal::add);
            other.putIfAbsent(key, BigDecimal.ZERO);
        }
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    private record ProjectWeek(UUID projectId, String week) {
    }

    private record DeltaKey(UUID personId, String placeholderRole, UUID projectId, IsoWeek week) {
    }
}
