package io.deliveryhub.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesAHeaderThenOneLinePerRowWithCrlf() {
        assertThat(Csv.of(List.of("week", "cpi"), List.of(List.of("2026-W10", new BigDecimal("0.926")),
                List.of("2026-W11", new BigDecimal("1E+1")))))
                .isEqualTo("week,cpi\r\n2026-W10,0.926\r\n2026-W11,10\r\n");
    }

    @Test
    void leavesUnknownValuesEmpty() {
        assertThat(Csv.of(List.of("a", "b", "c"), List.of(Arrays.asList("x", null, "")))).isEqualTo("a,b,c\r\nx,,\r\n");
    }

    @Test
    void quotesValuesHoldingCommasQuotesOrLineBreaks() {
        assertThat(Csv.of(List.of("name"), List.of(List.of("Acme, Inc."), List.of("the \"big\" one"),
                List.of("two\nlines"))))
                .isEqualTo("name\r\n\"Acme, Inc.\"\r\n\"the \"\"big\"\" one\"\r\n\"two\nlines\"\r\n");
    }

    @Test
    void neutralisesTextASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.of(List.of("name"), List.of(List.of("=HYPERLINK(\"http://evil\")"),
                List.of("+cmd|' /C calc'!A0"), List.of("-2+3"),
                List.of("@SUM(A1)"), List.of("\tTab"), List.of("\rCR"), List.of("Acme = good"))))
                .isEqualTo("name\r\n\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n'+cmd|' /C calc'!A0\r\n'-2+3\r\n'@SUM(A1)\r\n'\tTab\r\n"
                        + "\"'\rCR\"\r\nAcme = good\r\n");
    }

    @Test
    void leavesNegativeNumbersAsNumbers() {
        assertThat(Csv.of(List.of("cpi", "hours", "variance"), List.of(List.of(new BigDecimal("-0.25"), -3, "-3500.00"))))
                .isEqualTo("cpi,hours,variance\r\n-0.25,-3,-3500.00\r\n");
    }

    @Test
    void writesOnlyTheHeaderWithoutRows() {
        assertThat(Csv.of(List.of("week", "asOf"), List.of())).isEqualTo("week,asOf\r\n");
    }
}
