package io.deliveryhub.metrics.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One figure of a project (its actual revenue, say) added up from amounts in any currency, each converted at the
 * rate in force on its own date into the project's currency and into the base currency. An amount that cannot be
 * converted into both is left out of both totals, so they stay the same figure, and is listed as unconverted.
 */
public final class CurrencyTally {

    private final String figure;
    private final String projectCurrency;
    private final ExchangeRates rates;
    private final Map<UnconvertedKey, BigDecimal> unconverted;
    private BigDecimal inProjectCurrency = BigDecimal.ZERO;
    private BigDecimal inBaseCurrency = BigDecimal.ZERO;
    private final TreeMap<YearMonth, BigDecimal> baseByMonth = new TreeMap<>();

    record UnconvertedKey(String figure, String currency, LocalDate date) {
    }

    /** @param unconverted where the amounts that cannot be converted are added up, shared by a project's figures */
    CurrencyTally(String figure, String projectCurrency, ExchangeRates rates,
            Map<UnconvertedKey, BigDecimal> unconverted) {
        this.figure = figure;
        this.projectCurrency = projectCurrency;
        this.rates = rates;
        this.unconverted = unconverted;
    }

    /** Adds the amount dated on the day, converted at the rates in force on that day. */
    void add(BigDecimal amount, String currency, LocalDate day) {
        add(amount, currency, day, YearMonth.from(day));
    }

    /**
     * Adds an amount converted at the rates in force on {@code rateDay}, counted in the month it is for (a forecast
     * converts at the rates of its as-of day whatever month it falls in).
     */
    void add(BigDecimal amount, String currency, LocalDate rateDay, YearMonth month) {
        Optional<BigDecimal> project = rates.convert(amount, currency, projectCurrency, rateDay);
        Optional<BigDecimal> base = rates.convert(amount, currency, rates.baseCurrency(), rateDay);
        if (project.isEmpty() || base.isEmpty()) {
            unconverted.merge(new UnconvertedKey(figure, currency, rateDay), amount, BigDecimal::add);
            return;
        }
        inProjectCurrency = inProjectCurrency.add(project.get());
        inBaseCurrency = inBaseCurrency.add(base.get());
        baseByMonth.merge(month, base.get(), BigDecimal::add);
    }

    public Pair total() {
        return new Pair(inProjectCurrency, inBaseCurrency);
    }

    /** The total in the base currency per month, unrounded; months without an amount are absent. */
    public Map<YearMonth, BigDecimal> baseByMonth() {
        return baseByMonth;
    }

    /** The same figure in the project's currency and in the base currency, unrounded. */
    public record Pair(BigDecimal project, BigDecimal base) {

        public static final Pair ZERO = new Pair(BigDecimal.ZERO, BigDecimal.ZERO);

        public Pair plus(Pair other) {
            return new Pair(project.add(other.project), base.add(other.base));
        }

        public Pair minus(Pair other) {
            return new Pair(project.subtract(other.project), base.subtract(other.base));
        }
    }
}
