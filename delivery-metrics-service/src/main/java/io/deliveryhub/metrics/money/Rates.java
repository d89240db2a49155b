package io.deliveryhub.metrics.money;

import io.deliveryhub.platform.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rates one project's time is priced at: a person's bill rate on a day is the project's rate card entry for them
 * in force on that day if any, else their default bill rate in force on that day; their cost rate is the cost rate
 * in force on that day.
 */
public final class Rates {

    private final Map<UUID, RateHistory<Money>> costRates;
    private final Map<UUID, RateHistory<Money>> defaultBillRates;
    private final Map<UUID, RateHistory<Money>> rateCard = new HashMap<>();

    public Rates() {
        this(new HashMap<>(), new HashMap<>());
    }

    private Rates(Map<UUID, RateHistory<Money>> costRates, Map<UUID, RateHistory<Money>> defaultBillRates) {
        this.costRates = costRates;
        this.defaultBillRates = defaultBillRates;
    }

    /** The same people's rates with another project's (empty) rate card: people's rates are read once for many. */
    public Rates forAnotherProject() {
        return new Rates(costRates, defaultBillRates);
    }

    /** A person's rates from a day on; either may be absent. */
    public Rates person(UUID personId, LocalDate effectiveFrom, Money costRate, Money billRate) {
        if (costRate != null) {
            costRates.computeIfAbsent(personId, ignored -> new RateHistory<>()).with(effectiveFrom, costRate);
        }
        if (billRate != null) {
            defaultBillRates.computeIfAbsent(personId, ignored -> new RateHistory<>()).with(effectiveFrom, billRate);
        }
        return this;
    }

    /** The project's bill rate for a person from a day on. */
    public Rates rateCard(UUID personId, LocalDate effectiveFrom, Money billRate) {
        rateCard.computeIfAbsent(personId, ignored -> new RateHistory<>()).with(effectiveFrom, billRate);
        return this;
    }

    public Optional<Money> billRate(UUID personId, LocalDate day) {
        Optional<Money> projectRate = inForce(rateCard, personId, day);
        return projectRate.isPresent() ? projectRate : inForce(defaultBillRates, personId, day);
    }

    /**
     * A named allocation's forecast bill rate: the project's rate card entry for the person in force on the day,
     * else the bill rate written on the allocation, else the person's default bill rate in force on the day. The
     * rate card comes first because the person's hours will be billed at it; the allocation's rate is more
     * specific than the person's default.
     */
    public Optional<Money> billRate(UUID personId, LocalDate day, Money writtenOnAllocation) {
        return inForce(rateCard, personId, day).or(() -> Optional.ofNullable(writtenOnAllocation))
                .or(() -> inForce(defaultBillRates, personId, day));
    }

    public Optional<Money> costRate(UUID personId, LocalDate day) {
        return inForce(costRates, personId, day);
    }

    /** Whether a person's bill rate on the project (or its absence) is the same on every day from one to the other. */
    public boolean billRateSteady(UUID personId, LocalDate from, LocalDate to) {
        return steady(rateCard, personId, from, to) && steady(defaultBillRates, personId, from, to);
    }

    private static boolean steady(Map<UUID, RateHistory<Money>> rates, UUID personId, LocalDate from, LocalDate to) {
        RateHistory<Money> history = rates.get(personId);
        return history == null || history.steady(from, to);
    }

    private static Optional<Money> inForce(Map<UUID, RateHistory<Money>> rates, UUID personId, LocalDate day) {
        RateHistory<Money> history = personId == null ? null : rates.get(personId);
        return history == null ? Optional.empty() : history.inForceOn(day);
    }
}
