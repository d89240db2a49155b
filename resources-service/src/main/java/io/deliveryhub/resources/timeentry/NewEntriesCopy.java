package io.deliveryhub.resources.timeentry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Writes an import's new entries with PostgreSQL's COPY: the server inserts them in multi-row batches, where an
 * {@code insert ... select from unnest(arrays)} parses ten array literals and inserts row by row, and the driver
 * needs no array encoding. The binary format spares the server parsing each row's text (uuids, dates, timestamps
 * and decimals) and this side formatting it (see docs/performance.md).
 */
final class NewEntriesCopy {

    private static final String COPY = """
            copy time_entry (id, person_id, project_id, entry_date, hours, billable, description, external_system,
                             external_id, status, cost_amount, cost_currency, version, created_at, updated_at)
            from stdin (format binary)""";
    private static final short COLUMNS = 15;
    /** "PGCOPY\n\377\r\n\0", then no flags and no header extension. */
    private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0,
            0, 0, 0, 0 };
    /** PostgreSQL counts dates and timestamps from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;
    private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);

    private NewEntriesCopy() {
    }

    static void insert(Connection connection, List<TimeEntryRow> rows, Instant now)
            throws SQLException {
        Buffer out = new Buffer(rows.size() * 200);
        out.bytes(HEADER);
        long at = micros(now);
        for (TimeEntryRow row : rows) {
            out.int16(COLUMNS);
            uuid(out, row.id());
            uuid(out, row.personId());
            uuid(out, row.projectId());
            out.int32(4).int32((int) (row.date().toEpochDay() - POSTGRES_EPOCH_DAY));
            numeric(out, row.hours());
            out.int32(1).int8(row.billable() ? 1 : 0);
            text(out, row.description());
            text(out, row.system());
            text(out, row.externalId());
            text(out, row.status().name());
            if (row.cost() == null) {
                out.int32(-1).int32(-1);
            } else {
                numeric(out, row.cost().amount());
                text(out, row.cost().currency());
            }
            out.int32(8).int64(row.version());
            out.int32(8).int64(at);
            out.int32(8).int64(at);
        }
        out.int16((short) -1);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, out.stream());
        } catch (IOException e) {
            throw new SQLException("COPY into time_entry failed", e);
        }
    }

    private static void uuid(Buffer out, UUID id) {
        out.int32(16).int64(id.getMostSignificantBits()).int64(id.getLeastSignificantBits());
    }

    private static void text(Buffer out, String value) {
        if (value == null) {
            out.int32(-1);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.int32(utf8.length).bytes(utf8);
        }
    }

    /** Microseconds since PostgreSQL's epoch, rounded like the server rounds a timestamp it parses. */
    private static long micros(Instant instant) {
        return (instant.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000 + (instant.getNano() + 500) / 1_000;
    }

    /**
     * A numeric as the server's binary format has it: base-10,000 digits, the most significant first, with the
     * weight (power of 10,000) of the first one and the number of decimal places to show. The server rounds it to
     * the column's scale as it would a text value.
     */
    private static void numeric(Buffer out, BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        int fractionDigits = (scale + 3) / 4;
        BigInteger rest = value.abs().movePointRight(fractionDigits * 4).toBigIntegerExact();
        short[] digits = new short[8];
        int count = 0;
        while (rest.signum() > 0) {
            BigInteger[] quotientAndRemainder = rest.divideAndRemainder(NUMERIC_BASE);
            if (count == digits.length) {
                digits = Arrays.copyOf(digits, count * 2);
            }
            digits[count++] = quotientAndRemainder[1].shortValue();
            rest = quotientAndRemainder[0];
        }
        out.int32(8 + 2 * count).int16((short) count).int16((short) (count == 0 ? 0 : count - 1 - fractionDigits))
                .int16((short) (value.signum() < 0 ? 0x4000 : 0)).int16((short) scale);
        for (int i = count - 1; i >= 0; i--) {
            out.int16(digits[i]);
        }
    }

    /** A growing byte array written big-endian, without the locking of a ByteArrayOutputStream on every write. */
    private static final class Buffer {
        private byte[] bytes;
        private int length;

        Buffer(int capacity) {
            bytes = new byte[Math.max(capacity, 64)];
        }

        Buffer int8(int value) {
            room(1);
            bytes[length++] = (byte) value;
            return this;
        }

        Buffer int16(short value) {
            room(2);
            bytes[length++] = (byte) (value >>> 8);
            bytes[length++] = (byte) value;
            return this;
        }

        Buffer int32(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (value >>> shift);
            }
            return this;
        }

        Buffer int64(long value) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (value >>> shift);
            }
            return this;
        }

        Buffer bytes(byte[] value) {
            room(value.length);
            System.arraycopy(value, 0, bytes, length, value.length);
            length += value.length;
            return this;
        }

        ByteArrayInputStream stream() {
            return new ByteArrayInputStream(bytes, 0, length);
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
