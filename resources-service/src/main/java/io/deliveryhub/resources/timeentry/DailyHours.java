package io.deliveryhub.resources.timeentry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Hours per person and day that count (not rejected), guarding the rule that a day holds at most 24 h. */
public final class DailyHours {

    public static final BigDecimal MAX_PER_DAY = BigDecimal.valueOf(24);

    private record Day(UUID personId, LocalDate date) {
    }

    private final Map<Day, BigDecimal> totals = new HashMap<>();

    public BigDecimal on(UUID personId, LocalDate date) {
        return totals.getOrDefault(new Day(personId, date), BigDecimal.ZERO);
    }

    public boolean fits(UUID personId, LocalDate date, BigDecimal hours) {
        return on(personId, date).add(hours).compareTo(MAX_PER_DAY) <= 0;
    }

    public void add(UUID personId, LocalDate date, BigDecimal hours) {
        totals.merge(new Day(personId, date), hours, BigDecimal::add);
    }

    public void remove(UUID personId, LocalDate date, BigDecimal hours) {
        totals.merge(new Day(personId, date), hours.negate(), BigDecimal::add);
    }
}
