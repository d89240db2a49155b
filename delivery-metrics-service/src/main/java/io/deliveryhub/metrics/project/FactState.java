package io.deliveryhub.metrics.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the fields the KPIs need from the state of a project's milestone, baseline, status report, RAID item or
 * feedback. Fields this service does not use are ignored; a required one missing or of the wrong type makes the
 * event malformed (dead-lettered), an optional one missing reads as {@code null}.
 */
record FactState(String aggregate, JsonNode state) {

    UUID requiredUuid(String field) {
        return required(field, uuid(field));
    }

    UUID uuid(String field) {
        String text = text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw malformed(field + " is not a UUID");
        }
    }

    String text(String field) {
        JsonNode node = state.path(field);
        return node.isTextual() ? node.asText() : null;
    }

    String requiredText(String field) {
        return required(field, text(field));
    }

    LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(field + " is not a date");
        }
    }

    Instant instant(String field) {
        String text = text(field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(field + " is not a timestamp");
        }
    }

    BigDecimal number(String field) {
        JsonNode node = state.path(field);
        return node.isNumber() ? node.decimalValue() : null;
    }

    Integer integer(String field) {
        JsonNode node = state.path(field);
        return node.canConvertToInt() && node.isIntegralNumber() ? node.asInt() : null;
    }

    /** A money field's amount ({@code {amount: "123.45", currency}}) and currency; absent → {@code null}s. */
    BigDecimal moneyAmount(String field) {
        JsonNode amount = state.path(field).path("amount");
        try {
            return amount.isTextual() ? new BigDecimal(amount.asText()) : amount.isNumber() ? amount.decimalValue() : null;
        } catch (NumberFormatException e) {
            throw malformed(field + ".amount is not a decimal");
        }
    }

    String moneyCurrency(String field) {
        JsonNode currency = state.path(field).path("currency");
        return currency.isTextual() ? currency.asText() : null;
    }

    private <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw malformed("lacks " + field);
        }
        return value;
    }

    private MalformedEvent malformed(String problem) {
        return new MalformedEvent(aggregate + " state " + problem);
    }
}
