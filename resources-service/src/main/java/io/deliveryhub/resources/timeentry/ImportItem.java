package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Reads the item at the parser's current token and leaves the parser on its last token, also when the item is
     * refused. Fields are gathered first and checked afterwards, in a fixed order, so the reason given for an item
     * with several faults does not depend on the order of its fields.
     */
    static ImportItem read(int index, JsonParser json) throws IOException, Invalid {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            throw new Invalid("must be a JSON object");
        }
        Fields item = Fields.read(json, Fields.ITEM);
        Fields ref = item.externalRef == null ? Fields.none() : item.externalRef;
        String system = text(ref.get("system"), 50, "externalRef.system");
        String externalId = text(ref.get("id"), 200, "externalRef.id");
        if (system == null || externalId == null) {
            throw new Invalid("externalRef {system, id} is required: imports are idempotent by it");
        }
        BigDecimal hours = hours(item.get("hours"));
        Value billable = item.get("billable");
        if (!billable.isNull() && !billable.is(JsonToken.VALUE_TRUE) && !billable.is(JsonToken.VALUE_FALSE)) {
            throw new Invalid("billable must be true or false");
        }
        return new ImportItem(index, uuid(item.get("personId"), "personId"), uuid(item.get("projectId"), "projectId"),
                date(item.get("date")), hours, !billable.is(JsonToken.VALUE_FALSE),
                text(item.get("description"), 2000, "description"), system, externalId);
    }

    /** Whether the stored entry already says what this item says. */
    boolean sameAs(TimeEntryRow row) {
        return personId.equals(row.personId()) && projectId.equals(row.projectId()) && date.equals(row.date())
                && hours.compareTo(row.hours()) == 0 && billable == row.billable()
                && Objects.equals(description, row.description());
    }

    /** A field's value as read: its kind and, for a string or a number, what it says. */
    private record Value(JsonToken token, String text, BigDecimal number) {

        static final Value MISSING = new Value(null, null, null);

        boolean isNull() {
            return token == null || token == JsonToken.VALUE_NULL;
        }

        boolean is(JsonToken kind) {
            return token == kind;
        }
    }

    /** The fields of one JSON object that an item cares about; a repeated field counts with its last value. */
    private static final class Fields {
        private static final List<String> ITEM = List.of("personId", "projectId", "date", "hours", "billable",
                "description");
        private static final List<String> REF = List.of("system", "id");

        private final List<String> names;
        private final Value[] values;
        private Fields externalRef;

        private Fields(List<String> names) {
            this.names = names;
            this.values = new Value[names.size()];
        }

        static Fields none() {
            return new Fields(REF);
        }

        static Fields read(JsonParser json, List<String> names) throws IOException {
            Fields fields = new Fields(names);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken token = json.nextToken();
                int position = names.indexOf(name);
                if (names == ITEM && name.equals("externalRef")) {
                    // anything but an object names no reference at all
                    fields.externalRef = token == JsonToken.START_OBJECT ? read(json, REF) : null;
                    json.skipChildren();
                } else if (position >= 0) {
                    fields.values[position] = value(json, token);
                } else {
                    json.skipChildren();
                }
            }
            return fields;
        }

        Value get(String name) {
            Value value = values[names.indexOf(name)];
            return value == null ? Value.MISSING : value;
        }

        private static Value value(JsonParser json, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> new Value(token, json.getText(), null);
                // what a JSON tree holds: a double for a fraction (none for one beyond a double's range, which is
                // then no number at all), the exact integer otherwise
                case VALUE_NUMBER_FLOAT -> new Value(token, null, Double.isFinite(json.getDoubleValue())
                        ? BigDecimal.valueOf(json.getDoubleValue()) : null);
                case VALUE_NUMBER_INT -> new Value(token, null, json.getDecimalValue());
                default -> {
                    json.skipChildren();
                    yield new Value(token, null, null);
                }
            };
        }
    }

    private static UUID uuid(Value value, String field) throws Invalid {
        if (value.isNull()) {
            throw new Invalid(field + " is required");
        }
        try {
            if (value.is(JsonToken.VALUE_STRING)) {
                return UUID.fromString(value.text());
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new Invalid(field + " must be a UUID");
    }

    private static LocalDate date(Value value) throws Invalid {
        if (value.isNull()) {
            throw new Invalid("date is required");
        }
        try {
            if (value.is(JsonToken.VALUE_STRING)) {
                return isoDate(value.text());
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new Invalid("date must be YYYY-MM-DD");
    }

    /**
     * {@link LocalDate#parse}, with a short way for the usual YYYY-MM-DD: the formatter's general parsing was a fifth
     * of reading an import's body. Both refuse a day the calendar does not have.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static BigDecimal hours(Value value) throws Invalid {
        if (value.isNull()) {
            throw new Invalid("hours is required");
        }
        BigDecimal hours = value.number();
        if (hours == null) {
            try {
                hours = new BigDecimal(value.is(JsonToken.VALUE_STRING) ? value.text() : "");
            } catch (NumberFormatException e) {
                throw new Invalid("hours must be a number");
            }
        }
        if (hours.signum() <= 0 || hours.compareTo(DailyHours.MAX_PER_DAY) > 0) {
            throw new Invalid("hours must be more than 0 and at most 24");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new Invalid("hours may have at most 2 decimals");
        }
        return hours;
    }

    private static String text(Value value, int maxLength, String name) throws Invalid {
        if (value.isNull()) {
            return null;
        }
        if (!value.is(JsonToken.VALUE_STRING)) {
            throw new Invalid(name + " must be a string");
        }
        String text = value.text();
        if (text.length() > maxLength) {
            throw new Invalid(name + " must be at most " + maxLength + " characters");
        }
        return text.isBlank() ? null : text;
    }
}
