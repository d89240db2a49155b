package io.deliveryhub.metrics.money;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Values by effective date: each holds from its date until the next one's. */
public final class RateHistory<T> {

    private final NavigableMap<LocalDate, T> byDate = new TreeMap<>();

    public RateHistory<T> with(LocalDate effectiveFrom, T value) {
        byDate.put(effectiveFrom, value);
        return this;
    }

    /** The value in force on the day: the latest effective on or before it. */
    public Optional<T> inForceOn(LocalDate day) {
        return Optional.ofNullable(byDate.floorEntry(day)).map(Map.Entry::getValue);
    }

    /** Whether the same value (or none) is in force on every day from one to the other: none takes effect between. */
    public boolean steady(LocalDate from, LocalDate to) {
        return Objects.equals(byDate.floorKey(from), byDate.floorKey(to));
    }
}
