package io.deliveryhub.metrics.scenario;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A scenario as the views of this service lay it over the live plan: the live allocations it takes out and the
 * allocations it puts in, both as resources-service resolved them (its PlanOverlay is the one owner of what a
 * scenario means; docs/scenarios.md). A view reads the live plan as it always does and lets {@link #applyTo} correct
 * the part a scenario touches, so a scenario costs only its own changes.
 *
 * @param takenOut the live allocations, still active, that the scenario removes or replaces by a changed version
 * @param putIn the allocations the scenario adds, and the changed versions of live ones
 */
public record ScenarioPlan(UUID id, String name, List<Booked> takenOut, List<Booked> putIn) {

    /** No scenario: the live plan as it is. */
    public static final ScenarioPlan LIVE = new ScenarioPlan(null, null, List.of(), List.of());

    /**
     * An allocation as the views count it.
     *
     * @param personId null for a placeholder role
     * @param billRate written on the allocation (null when none); costRate only ever on placeholders
     */
    public record Booked(UUID projectId, UUID personId, LocalDate from, LocalDate to, BigDecimal hoursPerWeek,
            boolean hard, boolean billable, Money billRate, Money costRate) {
    }

    public boolean isLive() {
        return id == null;
    }

    /** The projects whose allocations the scenario changes. */
    public Set<UUID> projects() {
        Set<UUID> projects = new LinkedHashSet<>();
        takenOut.forEach(booked -> projects.add(booked.projectId()));
        putIn.forEach(booked -> projects.add(booked.projectId()));
        return projects;
    }

    /** The named people whose bookings the scenario changes. */
    public Set<UUID> people() {
        Set<UUID> people = new LinkedHashSet<>();
        takenOut.stream().map(Booked::personId).filter(Objects::nonNull).forEach(people::add);
        putIn.stream().map(Booked::personId).filter(Objects::nonNull).forEach(people::add);
        return people;
    }

    /**
     * Some of the live plan's allocations as a view reads them, with the scenario's changes to them: for each live
     * allocation the scenario takes out, one the view reads as the same booking is dropped (the view's list has no
     * ids, and equal bookings count alike), and the scenario's own are added. Allocations outside the view's period
     * add nothing to it, so they need no filtering beyond {@code concerns}.
     *
     * @param live the allocations the view read, of the part {@code concerns} picks (a person's, a project's)
     * @param concerns the scenario's allocations that belong to that part
     * @param as the view's form of an allocation
     * @param same whether two allocations in the view's form are the same booking
     */
    public <T> List<T> applyTo(List<T> live, Predicate<Booked> concerns, Function<Booked, T> as,
            BiPredicate<T, T> same) {
        if (isLive()) {
            return live;
        }
        List<T> plan = new ArrayList<>(live);
        for (Booked booked : takenOut) {
            if (concerns.test(booked)) {
                T dropped = as.apply(booked);
                for (Iterator<T> each = plan.iterator(); each.hasNext();) {
                    if (same.test(each.next(), dropped)) {
                        each.remove();
                        break;
                    }
                }
            }
        }
        for (Booked booked : putIn) {
            if (concerns.test(booked)) {
                plan.add(as.apply(booked));
            }
        }
        return plan;
    }
}
