package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The over-allocated weeks resources-service published for a person, narrowed to those the alert looks at: from the
 * week of a day through the next {@code weeksAhead}, booked above a share (e.g. 1.10) of the week's capacity.
 * resources-service lists only weeks booked above capacity, so a share below 1 sees no more than those.
 */
public record Overallocation(BigDecimal threshold, List<Week> weeks) {

    /** One ISO week as published: capacity after time off and the HARD hours booked in it. */
    public record Week(String week, BigDecimal capacityHours, BigDecimal bookedHours) {

        LocalDate monday() {
            return LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        }

        /** booked / capacity, 3 decimals; null without capacity. */
        BigDecimal load() {
            return Decimals.ratio(Decimals.divide(bookedHours, capacityHours));
        }

        /** A week without capacity is exceeded by any booking. */
        boolean above(BigDecimal share) {
            return bookedHours.compareTo(capacityHours.multiply(share)) > 0;
        }
    }

    public static Overallocation of(LocalDate day, int weeksAhead, BigDecimal threshold, List<Week> published) {
        LocalDate first = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = first.plusWeeks(weeksAhead);
        return new Overallocation(threshold, published.stream()
                .filter(week -> !week.monday().isBefore(first) && !week.monday().isAfter(last))
                .filter(week -> week.above(threshold))
                .sorted(Comparator.comparing(Week::monday)).toList());
    }

    public boolean any() {
        return !weeks.isEmpty();
    }

    /** The highest booked / capacity of the weeks (3 decimals); null when only weeks without capacity exceed. */
    public BigDecimal worstRatio() {
        return weeks.stream().map(Week::load).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** E.g. "Jane Doe is hard-allocated above 1.10 × capacity in 2026-W12 (44.00 h of 40.00 h)". */
    public String describe(String person) {
        return person + " is hard-allocated above " + threshold.toPlainString() + " × capacity in "
                + weeks.stream().map(week -> week.week() + " (" + hours(week.bookedHours()) + " h of "
                        + hours(week.capacityHours()) + " h)").collect(Collectors.joining(", "));
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String hours(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
