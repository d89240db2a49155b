package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.kpi.Utilization;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Adds up people, each measured by {@link PersonFigures}, into the figures of a group over [from, to]
 * (docs/kpis.md#utilization): someone inactive all period who logged hours counts with those hours and no capacity.
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
        PersonFigures.of(person, from, to, benchThreshold).ifPresent(this::add);
        return this;
    }

    /** Adds a person already measured over this tally's period. */
    public WorkforceTally add(PersonFigures person) {
        total = total.plus(new Utilization(person.capacity(), person.logged(), person.billable()));
        people++;
        if (person.onBench()) {
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
}
