package io.deliveryhub.platform.persistence;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A native query's row read by column name, as the types the code works with. Which Java type a column arrives as
 * (java.sql.Date or LocalDate, Timestamp, OffsetDateTime or Instant, Long or BigInteger) depends on the driver and
 * Hibernate's settings, so every conversion is written here once; {@code null} stays {@code null}.
 */
public record Columns(Tuple row) {

    public static Columns of(Tuple row) {
        return new Columns(row);
    }

    public UUID uuid(String column) {
        return uuid(row.get(column));
    }

    public String text(String column) {
        return (String) row.get(column);
    }

    /** Text without the padding of a fixed-width column ({@code char(3)} currencies). */
    public String trimmed(String column) {
        return trimmed(row.get(column));
    }

    public LocalDate date(String column) {
        return date(row.get(column));
    }

    public Instant instant(String column) {
        return instant(row.get(column));
    }

    public BigDecimal decimal(String column) {
        return decimal(row.get(column));
    }

    public Integer integer(String column) {
        return integer(row.get(column));
    }

    /** A count or a sum that is never null (0 when the column is). */
    public long count(String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static String trimmed(Object value) {
        return value == null ? null : value.toString().trim();
    }

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    public static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
