package io.deliveryhub.metrics.money;

import io.deliveryhub.metrics.kpi.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exchange rates to the base currency by effective date: an amount dated d converts at the rate in force on d (the
 * latest effective on or before d); the base currency always converts at 1. No rate in force is an empty answer,
 * never a silent 0 or 1.
 */
public final class ExchangeRates {

    private final String baseCurrency;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> toBase = new HashMap<>();

    public ExchangeRates(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    /** 1 unit of currency = rateToBase units of the base currency from effectiveFrom on. */
    public ExchangeRates with(String currency, LocalDate effectiveFrom, BigDecimal rateToBase) {
        toBase.computeIfAbsent(currency, ignored -> new TreeMap<>()).put(effectiveFrom, rateToBase);
        return this;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** The rate of the currency to the base currency in force on the day. */
    public Optional<BigDecimal> toBase(String currency, LocalDate day) {
        if (baseCurrency.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        NavigableMap<LocalDate, BigDecimal> rates = toBase.get(currency);
        return Optional.ofNullable(rates == null ? null : rates.floorEntry(day)).map(Map.Entry::getValue);
    }

    /**
     * Whether the currency converts at one rate on every day from one to the other: the base currency always does;
     * another one when a rate is in force on the first day and no other takes effect until the last.
     */
    public boolean steady(String currency, LocalDate from, LocalDate to) {
        if (baseCurrency.equals(currency)) {
            return true;
        }
        NavigableMap<LocalDate, BigDecimal> rates = toBase.get(currency);
        LocalDate first = rates == null ? null : rates.floorKey(from);
        return first != null && first.equals(rates.floorKey(to));
    }

    /** The amount in another currency at the rates in force on the day; empty when either rate is missing. */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to, LocalDate day) {
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        Optional<BigDecimal> fromRate = toBase(from, day);
        Optional<BigDecimal> toRate = toBase(to, day);
        if (fromRate.isEmpty() || toRate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Decimals.divide(Decimals.multiply(amount, fromRate.get()), toRate.get()));
    }
}
