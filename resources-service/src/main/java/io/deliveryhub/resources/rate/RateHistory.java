package io.deliveryhub.resources.rate;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's rates by effective date. The rate on a date is the latest effective on or before it
 * (docs/architecture.md#rates); before the first one there is none.
 */
public final class RateHistory {

    /** One step of the history: from {@code effectiveFrom} on, an hour costs {@code costRate} (in {@code currency}). */
    public record Step(LocalDate effectiveFrom, BigDecimal costRate, BigDecimal billRate, String currency) {
    }

    private final List<Step> steps;

    public RateHistory(List<Step> steps) {
        this.steps = steps.stream().sorted(Comparator.comparing(Step::effectiveFrom)).toList();
    }

    public Optional<Step> on(LocalDate day) {
        Step found = null;
        for (Step step : steps) {
            if (step.effectiveFrom().isAfter(day)) {
                break;
            }
            found = step;
        }
        return Optional.ofNullable(found);
    }

    public Optional<BigDecimal> costRateOn(LocalDate day) {
        return on(day).map(Step::costRate);
    }

    /**
     * hours × the cost rate in force that day, to the cent (half-even), in the rate's currency; empty when no rate
     * was in force.
     */
    public Optional<Money> costOf(BigDecimal hours, LocalDate day) {
        return on(day).map(step -> new Money(step.costRate().multiply(hours).setScale(2, RoundingMode.HALF_EVEN),
                step.currency()));
    }

    /** The first day after {@code effectiveFrom} on which a later rate takes over; empty when none does. */
    public Optional<LocalDate> supersededOn(LocalDate effectiveFrom) {
        return steps.stream().map(Step::effectiveFrom).filter(d -> d.isAfter(effectiveFrom)).findFirst();
    }
}
