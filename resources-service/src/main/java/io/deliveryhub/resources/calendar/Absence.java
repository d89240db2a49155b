package io.deliveryhub.resources.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Time off as the calendar sees it: hours off on each working day of [from, to] (both inclusive). */
public record Absence(LocalDate from, LocalDate to, BigDecimal hoursPerDay) {

    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(hoursPerDay, "hoursPerDay");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("absence ends " + to + " before it starts " + from);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
