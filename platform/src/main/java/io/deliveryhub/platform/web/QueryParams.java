package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.BadRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Query parameters that JAX-RS would convert itself answer 404 on a bad value (as its spec says);
 * our convention is 400 naming the parameter, so resources take enums, dates and ids as text and parse
 * them here.
 */
public final class QueryParams {

    /** Four-digit years only: ISO's +999999999-12-31 parses, but no date arithmetic or database column survives it. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw BadRequest.ofField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A {@code YYYY-MM-DD} date, or {@code null} when the parameter is absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return isoDate(value.trim());
        } catch (DateTimeParseException e) {
            throw BadRequest.ofField(name, "must be a date YYYY-MM-DD");
        }
    }

    /**
     * A day of the calendar written YYYY-MM-DD, read digit by digit: every item of a bulk import has a date, and the
     * formatter's general parsing costs several times as much.
     */
    static LocalDate isoDate(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException noSuchDay) {
            throw new DateTimeParseException(noSuchDay.getMessage(), text, 0, noSuchDay);
        }
    }

    /** The decimal digits of {@code text} from {@code start} to {@code end}, which the pattern has checked. */
    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw BadRequest.ofField(name, "is required (YYYY-MM-DD)");
        }
        return date;
    }

    /** A UUID, or {@code null} when the parameter is absent. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw BadRequest.ofField(name, "must be a UUID");
        }
    }

    /** Free text, trimmed; {@code null} when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Refuses a period whose end lies before its start. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw BadRequest.ofField("to", "must not be before from");
        }
    }
}
