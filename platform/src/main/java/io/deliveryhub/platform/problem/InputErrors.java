package io.deliveryhub.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON body, in the API's words: the field as the client wrote it and what it must be
 * ({@code billable: must be true or false}), never the parser's message, which names Java types and methods.
 */
public final class InputErrors {

    private InputErrors() {
    }

    public static FieldError of(IOException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field(unknown), "is not a known property");
        }
        if (failure instanceof ValueInstantiationException invalid) {
            return new FieldError(field(invalid), "is not a valid value");
        }
        if (failure instanceof MismatchedInputException mismatched) {
            if (mismatched.getPath().isEmpty() && mismatched.getTargetType() != null
                    && mismatched.getOriginalMessage().startsWith("No content")) {
                return new FieldError("body", "is required");
            }
            return new FieldError(field(mismatched), expected(mismatched.getTargetType()));
        }
        if (failure instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException range) {
            return new FieldError(field(mapping), outOfRange(range));
        }
        if (failure instanceof JsonMappingException mapping) {
            return new FieldError(field(mapping), "has the wrong type or format");
        }
        if (failure instanceof InputCoercionException range) {
            return new FieldError(currentField(range), outOfRange(range));
        }
        if (failure instanceof StreamConstraintsException) {
            return new FieldError("body", "is beyond the accepted JSON limits (numbers of at most 1,000 digits, "
                    + "nesting at most 1,000 deep, strings of at most 20,000,000 characters)");
        }
        if (failure instanceof JsonEOFException) {
            return new FieldError("body", "is malformed JSON: it ends too early");
        }
        if (failure instanceof JsonProcessingException malformed && malformed.getLocation() != null
                && malformed.getLocation() != JsonLocation.NA) {
            JsonLocation at = malformed.getLocation();
            return new FieldError("body", "is malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        return new FieldError("body", "is malformed JSON");
    }

    /** What a value of the given type must look like, as a client of the API would say it. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date YYYY-MM-DD";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "must be a date-time such as 2026-12-05T09:30:00Z";
        }
        if (type == LocalTime.class) {
            return "must be a time HH:MM";
        }
        if (type == YearMonth.class) {
            return "must be a month YYYY-MM";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has the wrong type or format";
    }

    /** The JSON path of the failing value as the client wrote it: {@code items[2].hours}, or {@code body}. */
    public static String field(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String outOfRange(InputCoercionException failure) {
        return "is out of range for " + expected(failure.getTargetType()).replace("must be ", "");
    }

    private static String currentField(InputCoercionException failure) {
        JsonParser parser = failure.getProcessor();
        if (parser == null) {
            return "body";
        }
        try {
            String name = parser.currentName();
            return name == null ? "body" : name;
        } catch (IOException unreadable) {
            return "body";
        }
    }
}
