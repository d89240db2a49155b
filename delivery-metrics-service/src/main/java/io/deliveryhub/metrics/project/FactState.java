package io.deliveryhub.metrics.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the fields the KPIs need from the state of an event: a project's milestone, baseline, status report, RAID
 * item or feedback, or a person, time entry, time off or allocation. Fields this service does not use are ignored; a required one missing or of the wrong type makes the
 * event malformed (dead-lettered), an optional one missing reads as {@code null}.
 */
public record FactState(String aggregate, JsonNode state) {

    public UUID requiredUuid(String field) {
        return required(field, uuid(field));
    }

    public UUID uuid(String field) {
        String text = text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw malformed(field + " is not a UUID");
        }
    }

    public String text(String field) {
        JsonNode node = state.path(field);
        return node.isTextual() ? node.asText() : null;
    }

    public String requiredText(String field) {
        return required(field, text(field));
    }

    public LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(field + " is not a date");
        }
    }

    public Instant instant(String field) {
        String text = text(field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(field + " is not a timestamp");
        }
    }

    public BigDecimal number(String field) {
        JsonNode node = state.path(field);
        return node.isNumber() ? node.decimalValue() : null;
    }

    public boolean requiredFlag(String field) {
        JsonNode node = state.path(field);
        if (!node.isBoolean()) {
            throw malformed("lacks " + field);
        }
        return node.booleanValue();
    }

    public Integer integer(String field) {
        JsonNode node = state.path(field);
        return node.canConvertToInt() && node.isIntegralNumber() ? node.asInt() : null;
    }

    /** A money field's amount ({@code {amount: "123.45", currency}}) and currency; absent → {@code null}s. */
    public BigDecimal moneyAmount(String field) {
        JsonNode amount = state.path(field).path("amount");
        try {
            return amount.isTextual() ? new BigDecimal(amount.asText()) : amount.isNumber() ? amount.decimalValue() : null;
        } catch (NumberFormatException e) {
            throw malformed(field + ".amount is not a decimal");
        }
    }

    public String moneyCurrency(String field) {
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
