package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Bench;
import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.kpi.Utilization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Adds up people into the figures of a group over [from, to] (docs/kpis.md#utilization), as resources-service's utilization does
 * ({@link io.deliveryhub.platform.workforce.WorkingTime}): a person's capacity is that of their working days inside
 * both the period and their active dates, and their logged and billable hours are those of their entries in the
 * period whether or not they were active then (the work was done), so someone inactive all period who logged hours
 * counts with those hours and no capacity. A person is on the bench when their HARD allocations over their active
 * part of the period fall below the threshold times that capacity; never without capacity.
 */
public final class WorkforceTally {

    private final LocalDate from;
    private final LocalDate to;
    private final BigDecimal benchThreshold;
    private Utilization total = Utilization.NONE;
    private int people;
    private int onBench;

    public WorkforceTally(LocalDate from, LocalDate to, BigDecimal benchThreshold) {
        this.from = from;
        this.to = to;
        this.benchThreshold = benchThreshold;
    }

    public WorkforceTally add(PersonFacts person) {
        LocalDate first = person.activeFrom() != null && person.activeFrom().isAfter(from) ? person.activeFrom() : from;
        LocalDate last = person.activeTo() != null && person.activeTo().isBefore(to) ? person.activeTo() : to;
        if (first.isAfter(last) && orZero(person.logged()).signum() == 0) {
            return this;
        }
        BigDecimal capacity = Utilization.of(first, last, person.weeklyCapacity(), person.timeOff(), List.of())
                .capacity();
        total = total.plus(new Utilization(capacity, orZero(person.logged()), orZero(person.billable())));
        people++;
        if (Bench.onBench(Bench.hardHours(first, last, person.hardAllocations()), capacity, benchThreshold)) {
            onBench++;
        }
        return this;
    }

    /** Hours and ratios to 3 decimals; ratios null when their divisor is 0. */
    public WorkforceFigures figures() {
        return new WorkforceFigures(from, to, Decimals.ratio(total.capacity()), Decimals.ratio(total.logged()),
                Decimals.ratio(total.billable()), total.utilization(), total.billableUtilization(), people, onBench,
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(onBench), BigDecimal.valueOf(people))));
    }

    private static BigDecimal orZero(BigDecimal hours) {
        return hours == null ? BigDecimal.ZERO : hours;
    }
}
