package io.deliveryhub.metrics.money;

import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.CurrencyTally.UnconvertedKey;
import io.deliveryhub.metrics.money.FinancialFigures.Actual;
import io.deliveryhub.metrics.money.FinancialFigures.Forecast;
import io.deliveryhub.metrics.money.FinancialFigures.Period;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Allocation;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Billing;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.BookedTime;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Terms;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A project's revenue, cost and margin as of a day D, as docs/money.md defines them:
 * <ul>
 * <li>actual cost = the cost of the entries dated ≤ D that are not REJECTED; actual revenue by delivery model:
 * time and materials and retainers bill their billable hours at the bill rate in force on each entry's date;
 * fixed price earns the billing amounts of milestones accepted by D when any milestone has one, else the contract
 * value × percent complete; internal projects earn nothing;</li>
 * <li>forecast from D+1 to the planned end: each allocation's hours per ISO week (hoursPerWeek × its working days
 * in the week / 5), HARD and SOFT alike (SOFT also apart), costed at the cost rate in force on D and, when billed by
 * the hour, billed at the bill rate in force on D (for a named allocation: the project's rate card, else the bill
 * rate written on it, else the person's default); placeholders at the rates written on them, else unpriced; a
 * fixed-price project's forecast revenue is the contract value less the actual revenue.</li>
 * </ul>
 * An amount dated d converts at the exchange rate in force on d, a forecast at the rate in force on D; an amount
 * without a rate is listed as unconverted. Nothing is rounded here.
 */
public final class ProjectFinancials {

    private final LocalDate asOf;
    private final ProjectMoneyFacts facts;
    private final Terms terms;
    private final Rates rates;
    private final ExchangeRates exchangeRates;
    private final Map<UnconvertedKey, BigDecimal> unconverted = new HashMap<>();

    private ProjectFinancials(LocalDate asOf, ProjectMoneyFacts facts, Rates rates, ExchangeRates exchangeRates) {
        this.asOf = asOf;
        this.facts = facts;
        this.terms = facts.terms();
        this.rates = rates;
        this.exchangeRates = exchangeRates;
    }

    public static FinancialFigures asOf(LocalDate day, ProjectMoneyFacts facts, Rates rates,
            ExchangeRates exchangeRates) {
        return new ProjectFinancials(day, facts, rates, exchangeRates).figures();
    }

    private FinancialFigures figures() {
        Actual actual = actual();
        Forecast forecast = forecast(actual.revenue());
        Pair contractValue = terms.contractValue() == null ? null
                : convertedOnAsOf(terms.contractValue(), terms.currency()).orElse(null);
        List<Unconverted> listed = unconverted.entrySet().stream()
                .map(entry -> new Unconverted(entry.getKey().figure(), entry.getKey().currency(),
                        entry.getKey().date(), entry.getValue()))
                .sorted(Comparator.comparing(Unconverted::figure).thenComparing(Unconverted::date)
                        .thenComparing(Unconverted::currency))
                .toList();
        return new FinancialFigures(asOf, terms.currency(), exchangeRates.baseCurrency(), terms.deliveryModel(),
                contractValue, actual, forecast, listed);
    }

    private Actual actual() {
        CurrencyTally revenue = tally("actualRevenue");
        CurrencyTally cost = tally("actualCost");
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal billableHours = BigDecimal.ZERO;
        BigDecimal uncostedHours = BigDecimal.ZERO;
        BigDecimal withoutBillRate = BigDecimal.ZERO;
        for (BookedTime time : facts.time()) {
            if (time.date().isAfter(asOf)) {
                continue;
            }
            hours = hours.add(time.hours());
            billableHours = billableHours.add(time.billableHours());
            uncostedHours = uncostedHours.add(time.uncostedHours());
            if (time.cost() != null) {
                cost.add(time.cost(), time.costCurrency(), time.date());
            }
            if (terms.billsByTheHour() && time.billableHours().signum() != 0) {
                Optional<Money> billRate = rates.billRate(time.personId(), time.date());
                if (billRate.isPresent()) {
                    revenue.add(time.billableHours().multiply(billRate.get().amount()), billRate.get().currency(),
                            time.date());
                } else {
                    withoutBillRate = withoutBillRate.add(time.billableHours());
                }
            }
        }
        if (ProjectMoneyFacts.FIXED_PRICE.equals(terms.deliveryModel())) {
            fixedPriceRevenue(revenue);
        }
        return new Actual(revenue.total(), cost.total(), hours, billableHours, uncostedHours, withoutBillRate,
                revenue.baseByMonth(), cost.baseByMonth());
    }

    /**
     * The billing amounts of milestones accepted by the day when any milestone carries one; else the contract value
     * × percent complete (nothing while progress is unknown), counted on the as-of day.
     */
    private void fixedPriceRevenue(CurrencyTally revenue) {
        boolean billedByMilestone = facts.billings().stream().anyMatch(billing -> billing.amount() != null);
        if (billedByMilestone) {
            for (Billing billing : facts.billings()) {
                if (billing.amount() != null && billing.acceptedOn() != null && !billing.acceptedOn().isAfter(asOf)) {
                    revenue.add(billing.amount(), billing.currency(), billing.acceptedOn());
                }
            }
        } else if (terms.contractValue() != null && facts.percentComplete() != null) {
            revenue.add(terms.contractValue().multiply(facts.percentComplete()), terms.currency(), asOf);
        }
    }

    private Forecast forecast(Pair actualRevenue) {
        LocalDate from = asOf.plusDays(1);
        LocalDate to = terms.plannedEnd();
        boolean fixedPrice = ProjectMoneyFacts.FIXED_PRICE.equals(terms.deliveryModel());
        TreeMap<LocalDate, PeriodSum> weeks = new TreeMap<>();
        TreeMap<LocalDate, PeriodSum> months = new TreeMap<>();
        PeriodSum total = new PeriodSum();
        PeriodSum soft = new PeriodSum();
        boolean forecasting = to != null && !to.isBefore(from);
        if (forecasting) {
            for (Allocation allocation : facts.allocations()) {
                forecast(allocation, from, to, weeks, months, total, soft);
            }
        }
        Pair revenue = total.revenue;
        Map<YearMonth, BigDecimal> baseRevenueByMonth = baseByMonth(months, sum -> sum.revenue);
        if (fixedPrice) {
            revenue = fixedPriceForecast(actualRevenue);
            baseRevenueByMonth = new TreeMap<>();
            if (revenue.base().signum() != 0) {
                baseRevenueByMonth.put(YearMonth.from(forecasting ? to : asOf), revenue.base());
            }
        }
        return new Forecast(forecasting ? from : null, forecasting ? to : null, total.hours, total.unpricedHours,
                revenue, total.cost, new FinancialFigures.Soft(soft.hours, fixedPrice ? Pair.ZERO : soft.revenue,
                        soft.cost),
                periods(weeks, fixedPrice), periods(months, fixedPrice), baseRevenueByMonth,
                baseByMonth(months, sum -> sum.cost));
    }

    /** The contract value not yet earned, converted into the base currency at the as-of day's rate. */
    private Pair fixedPriceForecast(Pair actualRevenue) {
        if (terms.contractValue() == null) {
            return Pair.ZERO;
        }
        BigDecimal remaining = terms.contractValue().subtract(actualRevenue.project());
        return convertedOnAsOf(remaining, terms.currency()).orElseGet(() -> {
            unconverted.merge(new UnconvertedKey("forecastRevenue", terms.currency(), asOf), remaining,
                    BigDecimal::add);
            return Pair.ZERO;
        });
    }

    private void forecast(Allocation allocation, LocalDate from, LocalDate to, Map<LocalDate, PeriodSum> weeks,
            Map<LocalDate, PeriodSum> months, PeriodSum total, PeriodSum soft) {
        LocalDate first = allocation.from().isAfter(from) ? allocation.from() : from;
        LocalDate last = allocation.to().isBefore(to) ? allocation.to() : to;
        if (first.isAfter(last)) {
            return;
        }
        Optional<Money> costRate = allocation.personId() == null ? Optional.ofNullable(allocation.costRate())
                : rates.costRate(allocation.personId(), asOf);
        boolean billed = terms.billsByTheHour() && allocation.billable();
        Optional<Money> billRate = !billed ? Optional.empty()
                : allocation.personId() == null ? Optional.ofNullable(allocation.billRate())
                : rates.billRate(allocation.personId(), asOf, allocation.billRate());
        boolean unpriced = costRate.isEmpty() || billed && billRate.isEmpty();
        Pair costPerHour = perHour(costRate, "forecastCost", allocation, first, last);
        Pair revenuePerHour = billed ? perHour(billRate, "forecastRevenue", allocation, first, last) : Pair.ZERO;
        Booked booked = new Booked(allocation.hard(), unpriced, costPerHour, revenuePerHour);
        // Hours per ISO week and per month by the one allocation formula resources-service books with.
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            BigDecimal hours = WorkingTime.allocationHours(allocation.hoursPerWeek(), first, last, monday,
                    monday.plusDays(6));
            if (hours.signum() > 0) {
                booked.into(weeks.computeIfAbsent(monday, ignored -> new PeriodSum()), hours);
            }
        }
        for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            BigDecimal hours = WorkingTime.allocationHours(allocation.hoursPerWeek(), first, last, month,
                    month.with(TemporalAdjusters.lastDayOfMonth()));
            if (hours.signum() > 0) {
                booked.into(months.computeIfAbsent(month, ignored -> new PeriodSum()), hours);
                booked.into(total, hours);
                if (!allocation.hard()) {
                    booked.into(soft, hours);
                }
            }
        }
    }

    /**
     * A rate in force on the as-of day in both currencies; zero when there is none (its hours count as unpriced) or
     * when it cannot be converted (the allocation's whole amount is then listed as unconverted).
     */
    private Pair perHour(Optional<Money> rate, String figure, Allocation allocation, LocalDate first,
            LocalDate last) {
        if (rate.isEmpty()) {
            return Pair.ZERO;
        }
        Optional<Pair> converted = convertedOnAsOf(rate.get().amount(), rate.get().currency());
        if (converted.isEmpty()) {
            BigDecimal hours = WorkingTime.allocationHours(allocation.hoursPerWeek(), first, last, first, last);
            unconverted.merge(new UnconvertedKey(figure, rate.get().currency(), asOf),
                    hours.multiply(rate.get().amount()), BigDecimal::add);
            return Pair.ZERO;
        }
        return converted.get();
    }

    private Optional<Pair> convertedOnAsOf(BigDecimal amount, String currency) {
        Optional<BigDecimal> project = exchangeRates.convert(amount, currency, terms.currency(), asOf);
        Optional<BigDecimal> base = exchangeRates.convert(amount, currency, exchangeRates.baseCurrency(), asOf);
        return project.isPresent() && base.isPresent() ? Optional.of(new Pair(project.get(), base.get()))
                : Optional.empty();
    }

    private CurrencyTally tally(String figure) {
        return new CurrencyTally(figure, terms.currency(), exchangeRates, unconverted);
    }

    private static List<Period> periods(TreeMap<LocalDate, PeriodSum> sums, boolean fixedPrice) {
        List<Period> periods = new ArrayList<>(sums.size());
        sums.forEach((start, sum) -> periods.add(new Period(start, sum.hours, sum.softHours, sum.unpricedHours,
                fixedPrice ? null : sum.revenue, sum.cost)));
        return periods;
    }

    private static Map<YearMonth, BigDecimal> baseByMonth(TreeMap<LocalDate, PeriodSum> months,
            Function<PeriodSum, Pair> figure) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        months.forEach((start, sum) -> byMonth.put(YearMonth.from(start), figure.apply(sum).base()));
        return byMonth;
    }

    /** How one allocation's hours are priced. */
    private record Booked(boolean hard, boolean unpriced, Pair costPerHour, Pair revenuePerHour) {

        void into(PeriodSum sum, BigDecimal hours) {
            sum.hours = sum.hours.add(hours);
            if (!hard) {
                sum.softHours = sum.softHours.add(hours);
            }
            if (unpriced) {
                sum.unpricedHours = sum.unpricedHours.add(hours);
            }
            sum.cost = sum.cost.plus(times(costPerHour, hours));
            sum.revenue = sum.revenue.plus(times(revenuePerHour, hours));
        }

        private static Pair times(Pair perHour, BigDecimal hours) {
            return new Pair(perHour.project().multiply(hours), perHour.base().multiply(hours));
        }
    }

    /** A period's forecast being added up. */
    private static final class PeriodSum {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal softHours = BigDecimal.ZERO;
        BigDecimal unpricedHours = BigDecimal.ZERO;
        Pair cost = Pair.ZERO;
        Pair revenue = Pair.ZERO;
    }
}
