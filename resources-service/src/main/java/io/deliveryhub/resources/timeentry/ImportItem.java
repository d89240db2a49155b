package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a batch, read field by field from JSON so that a wrong type in one item rejects that item
 * alone: bean validation or data binding would refuse the whole request.
 */
record ImportItem(int index, UUID personId, UUID projectId, LocalDate date, BigDecimal hours, boolean billable,
        String description, String system, String externalId) {

    /** Thrown while reading an item: the reason it is rejected. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    static ImportItem read(int index, JsonNode node) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid("must be a JSON object");
        }
        JsonNode ref = node.path("externalRef");
        String system = text(ref, "system", 50, "externalRef.system");
        String externalId = text(ref, "id", 200, "externalRef.id");
        if (system == null || externalId == null) {
            throw new Invalid("externalRef {system, id} is required: imports are idempotent by it");
        }
        BigDecimal hours = hours(node.get("hours"));
        JsonNode billable = node.get("billable");
        if (billable != null && !billable.isNull() && !billable.isBoolean()) {
            throw new Invalid("billable must be true or false");
        }
        return new ImportItem(index, uuid(node, "personId"), uuid(node, "projectId"), date(node.get("date")), hours,
                billable == null || billable.isNull() || billable.booleanValue(),
                text(node, "description", 2000, "description"), system, externalId);
    }

    /** Whether the stored entry already says what this item says. */
    boolean sameAs(TimeEntryRow row) {
        return personId.equals(row.personId()) && projectId.equals(row.projectId()) && date.equals(row.date())
                && hours.compareTo(row.hours()) == 0 && billable == row.billable()
                && Objects.equals(description, row.description());
    }

    private static UUID uuid(JsonNode node, String field) throws Invalid {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new Invalid(field + " is required");
        }
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            throw new Invalid(field + " must be a UUID");
        }
    }

    private static LocalDate date(JsonNode value) throws Invalid {
        if (value == null || value.isNull()) {
            throw new Invalid("date is required");
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new Invalid("date must be YYYY-MM-DD");
        }
    }

    private static BigDecimal hours(JsonNode value) throws Invalid {
        if (value == null || value.isNull()) {
            throw new Invalid("hours is required");
        }
        BigDecimal hours;
        try {
            hours = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new Invalid("hours must be a number");
        }
        if (hours.signum() <= 0 || hours.compareTo(DailyHours.MAX_PER_DAY) > 0) {
            throw new Invalid("hours must be more than 0 and at most 24");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new Invalid("hours may have at most 2 decimals");
        }
        return hours;
    }

    private static String text(JsonNode node, String field, int maxLength, String name) throws Invalid {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Invalid(name + " must be a string");
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            throw new Invalid(name + " must be at most " + maxLength + " characters");
        }
        return text.isBlank() ? null : text;
    }
}
