package io.deliveryhub.metrics.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * KPI tables as CSV (RFC 4180): a header line, then one line per row, CRLF line ends; a value holding a comma,
 * quote or line break is quoted with its quotes doubled; {@code null} is an empty field. Text that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with {@code '},
 * as OWASP's CSV injection guidance says; numbers, negative ones too, are written as they are.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {
    }

    public static String of(List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
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

    private static void line(StringBuilder csv, List<?> values) {
        csv.append(values.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
