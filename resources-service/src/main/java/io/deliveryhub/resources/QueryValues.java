package io.deliveryhub.resources;

import io.deliveryhub.platform.problem.BadRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Dates and ids in query strings, parsed here because JAX-RS answers a value it cannot convert with 404,
 * while our convention (DESIGN.md §3) is 400 naming the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BadRequest.ofField(name, "must be a date YYYY-MM-DD");
        }
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw BadRequest.ofField(name, "is required (YYYY-MM-DD)");
        }
        return date;
    }

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

    /** Refuses a period whose end lies before its start. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw BadRequest.ofField("to", "must not be before from");
        }
    }
}
