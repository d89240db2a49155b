package io.deliveryhub.resources.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week (Monday to Sunday; week 1 holds the year's first Thursday), written {@code 2026-W05}.
 * Its year is the week-based year: 29 December 2025 lies in 2026-W01.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    public IsoWeek {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("ISO week must be 1..53, not " + week);
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses {@code 2026-W05}; a week 53 in a year that has only 52 is refused. */
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an ISO week such as 2026-W05: " + text);
        }
        IsoWeek week = new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (!of(week.monday()).equals(week)) {
            throw new IllegalArgumentException(week.year + " has no week " + week.week);
        }
        return week;
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
