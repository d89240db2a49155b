package io.deliveryhub.resources.timeentry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Writes an import's new entries with PostgreSQL's COPY: the server inserts them in multi-row batches, where an
 * {@code insert ... select from unnest(arrays)} parses ten array literals and inserts row by row, and the driver
 * needs no array encoding (the largest single cost of the import in resources-service's profile).
 */
final class NewEntriesCopy {

    private static final String COPY = """
            copy time_entry (id, person_id, project_id, entry_date, hours, billable, description, external_system,
                             external_id, status, cost_amount, cost_currency, version, created_at, updated_at)
            from stdin""";
    private static final String NULL = "\\N";

    private NewEntriesCopy() {
    }

    static void insert(Connection connection, List<TimeEntryRow> rows, String currency, Instant now)
            throws SQLException {
        String at = now.atOffset(ZoneOffset.UTC).toString();
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (TimeEntryRow row : rows) {
            text.append(row.id()).append('\t').append(row.personId()).append('\t').append(row.projectId()).append('\t')
                    .append(row.date()).append('\t').append(row.hours().toPlainString()).append('\t')
                    .append(row.billable()).append('\t');
            field(text, row.description());
            field(text, row.system());
            field(text, row.externalId());
            text.append(row.status().name()).append('\t');
            if (row.cost() == null) {
                text.append(NULL).append('\t').append(NULL).append('\t');
            } else {
                text.append(row.cost().toPlainString()).append('\t').append(currency).append('\t');
            }
            text.append(row.version()).append('\t').append(at).append('\t').append(at).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(COPY, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY into time_entry failed", e);
        }
    }

    /** A text column in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append(NULL);
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        text.append('\t');
    }
}
