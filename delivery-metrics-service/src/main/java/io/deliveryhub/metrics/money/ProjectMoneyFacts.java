package io.deliveryhub.metrics.money;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one project's financials are computed from, read from the read models as they stand now; the calculator
 * picks what was true on the day asked about.
 *
 * @param percentComplete as of the day asked about, unrounded (0–1); null when nothing says it
 */
public record ProjectMoneyFacts(Terms terms, List<BookedTime> time, List<Billing> billings,
        BigDecimal percentComplete, List<Allocation> allocations) {

    public static final String FIXED_PRICE = "FIXED_PRICE";
    public static final String TIME_AND_MATERIALS = "TIME_AND_MATERIALS";
    public static final String RETAINER = "RETAINER";
    public static final String INTERNAL = "INTERNAL";

    /**
     * The project's money terms.
     *
     * @param contractValue the budget, in the project's currency; null when it has none
     */
    public record Terms(UUID projectId, String deliveryModel, String currency, BigDecimal contractValue,
            LocalDate plannedEnd) {

        /** Revenue of time and materials and of retainers is earned by billable hours at their bill rate. */
        public boolean billsByTheHour() {
            return TIME_AND_MATERIALS.equals(deliveryModel) || RETAINER.equals(deliveryModel);
        }
    }

    /**
     * A person's time on the project on one day that is not REJECTED, with the cost it was booked at.
     *
     * @param cost in costCurrency; null when none of these hours is costed
     * @param uncostedHours hours booked without a cost rate on the day
     */
    public record BookedTime(UUID personId, LocalDate date, BigDecimal hours, BigDecimal billableHours,
            BigDecimal cost, String costCurrency, BigDecimal uncostedHours) {
    }

    /** A milestone's billing amount, earned when the milestone is accepted (acceptedOn null: not yet). */
    public record Billing(BigDecimal amount, String currency, LocalDate acceptedOn) {
    }

    /**
     * An allocation still booking its project.
     *
     * @param personId null for a placeholder, which is priced at the rates written on it (each may be null)
     * @param billRate written on the allocation; a named one bills at it when the project's rate card has no
     *        entry for the person (costRate is only ever written on placeholders)
     */
    public record Allocation(UUID personId, LocalDate from, LocalDate to, BigDecimal hoursPerWeek, boolean hard,
            boolean billable, Money billRate, Money costRate) {
    }
}
