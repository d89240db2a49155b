package io.deliveryhub.metrics.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * KPI tables as CSV (RFC 4180, written by Jackson's CSV generator): a header line, then one line per row, CRLF line
 * ends; a value holding a comma, quote or line break is quoted with its quotes doubled; {@code null} is an empty
 * field. Text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * is prefixed with {@code '}, as OWASP's CSV injection guidance says; numbers, negative ones too, are written as
 * they are.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final ObjectWriter LINES = new CsvMapper()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private Csv() {
    }

    /** The header, then the rows; a row holds one value per header column, in its order. */
    public static String of(List<String> header, List<List<?>> rows) {
        List<List<String>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(fields(header));
        rows.forEach(row -> lines.add(fields(row)));
        try {
            return LINES.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plain strings always make CSV", e);
        }
    }

    /**
     * Whether the caller prefers CSV: the first of its acceptable types (in its order of preference) that is CSV
     * or covers JSON decides; JSON when neither is named.
     */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private static List<String> fields(List<?> values) {
        List<String> fields = new ArrayList<>(values.size());
        values.forEach(value -> fields.add(field(value)));
        return fields;
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
