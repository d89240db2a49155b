package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Bench;
import io.deliveryhub.metrics.kpi.Utilization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One person's workforce figures over [from, to] (docs/kpis.md#utilization): capacity over the working days inside
 * both the period and their active dates; logged and billable hours of their entries in the period whether or not
 * they were active then (the work was done); HARD hours over their active part of the period; on the bench when
 * those fall below the threshold times that capacity, never without capacity. Every utilization and bench figure
 * this service serves, per person or added up, is made of these.
 */
public record PersonFigures(BigDecimal capacity, BigDecimal logged, BigDecimal billable, BigDecimal hardHours,
        boolean onBench) {

    /** Empty when the person was not active in the period and logged nothing in it: they do not count. */
    public static Optional<PersonFigures> of(PersonFacts person, LocalDate from, LocalDate to,
            BigDecimal benchThreshold) {
        LocalDate first = person.activeFrom() != null && person.activeFrom().isAfter(from) ? person.activeFrom() : from;
        LocalDate last = person.activeTo() != null && person.activeTo().isBefore(to) ? person.activeTo() : to;
        BigDecimal logged = orZero(person.logged());
        if (first.isAfter(last) && logged.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal capacity = Utilization.of(first, last, person.weeklyCapacity(), person.timeOff(), List.of())
                .capacity();
        BigDecimal hard = Bench.hardHours(first, last, person.hardAllocations());
        return Optional.of(new PersonFigures(capacity, logged, orZero(person.billable()), hard,
                Bench.onBench(hard, capacity, benchThreshold)));
    }

    private static BigDecimal orZero(BigDecimal hours) {
        return hours == null ? BigDecimal.ZERO : hours;
    }
}
