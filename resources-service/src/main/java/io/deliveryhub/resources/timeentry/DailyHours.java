package io.deliveryhub.resources.timeentry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Hours per person and day that count (not rejected), kept while a batch is checked against the 24 h a day rule. */
public final class DailyHours {

    private record Day(UUID personId, LocalDate date) {
    }

    private final Map<Day, BigDecimal> totals = new HashMap<>();

    public BigDecimal on(UUID personId, LocalDate date) {
        return totals.getOrDefault(new Day(personId, date), BigDecimal.ZERO);
    }

    public void add(UUID personId, LocalDate date, BigDecimal hours) {
        totals.merge(new Day(personId, date), hours, BigDecimal::add);
    }

    public void remove(UUID personId, LocalDate date, BigDecimal hours) {
        totals.merge(new Day(personId, date), hours.negate(), BigDecimal::add);
    }
}
