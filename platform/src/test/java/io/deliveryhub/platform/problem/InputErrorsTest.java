package io.deliveryhub.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InputErrorsTest {

    enum Status { PROPOSED, PLANNING, ACTIVE }

    record Line(BigDecimal hours, Integer count) {
    }

    record Entry(Boolean billable, LocalDate startDate, BigDecimal hours, Status status, UUID id, Instant at,
            String name, List<Line> lines, Line line, int days) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FieldError errorOf(String body) {
        return InputErrors.of(catchThrowableOfType(IOException.class, () -> json.readValue(body, Entry.class)));
    }

    @Test
    void saysWhatEachTypeMustBe() {
        assertThat(errorOf("{\"billable\":\"maybe\"}")).isEqualTo(new FieldError("billable", "must be true or false"));
        assertThat(errorOf("{\"startDate\":\"2026-02-30\"}"))
                .isEqualTo(new FieldError("startDate", "must be a date YYYY-MM-DD"));
        assertThat(errorOf("{\"hours\":\"seven\"}")).isEqualTo(new FieldError("hours", "must be a number"));
        assertThat(errorOf("{\"status\":\"DONE\"}"))
                .isEqualTo(new FieldError("status", "must be one of PROPOSED, PLANNING, ACTIVE"));
        assertThat(errorOf("{\"id\":\"x\"}")).isEqualTo(new FieldError("id", "must be a UUID"));
        assertThat(errorOf("{\"at\":\"noon\"}").message()).startsWith("must be a date-time");
        assertThat(errorOf("{\"name\":{\"a\":1}}")).isEqualTo(new FieldError("name", "must be a string"));
        assertThat(errorOf("{\"lines\":\"none\"}")).isEqualTo(new FieldError("lines", "must be an array"));
        assertThat(errorOf("{\"line\":[1]}")).isEqualTo(new FieldError("line", "must be an object"));
        assertThat(errorOf("{\"days\":\"x\"}")).isEqualTo(new FieldError("days", "must be a whole number"));
        assertThat(errorOf("[1]")).isEqualTo(new FieldError("body", "must be an object"));
    }

    @Test
    void pointsIntoListsAndNestedObjects() {
        assertThat(errorOf("{\"lines\":[{\"hours\":1},{\"count\":\"two\"}]}"))
                .isEqualTo(new FieldError("lines[1].count", "must be a whole number"));
    }

    @Test
    void namesUnknownPropertiesAndNumbersOutOfRange() {
        assertThat(errorOf("{\"colour\":\"red\"}")).isEqualTo(new FieldError("colour", "is not a known property"));
        assertThat(errorOf("{\"days\":99999999999}")).isEqualTo(new FieldError("days", "is out of range for a whole number"));
    }

    @Test
    void describesMalformedJsonByItsPlaceNotByTheParser() {
        assertThat(errorOf("{\"name\": }")).isEqualTo(new FieldError("body", "is malformed JSON at line 1, column 10"));
        assertThat(errorOf("{\"name\": ")).isEqualTo(new FieldError("body", "is malformed JSON: it ends too early"));
        assertThat(errorOf("")).isEqualTo(new FieldError("body", "is required"));
        assertThat(errorOf("{\"hours\":" + "9".repeat(1001) + "}").message()).startsWith("is beyond the accepted JSON");
    }

    @Test
    void neverNamesJava() {
        for (String body : List.of("{\"billable\":[]}", "{\"line\":\"x\"}", "{\"lines\":[[]]}", "{\"at\":[]}", "{,}")) {
            assertThat(errorOf(body).message()).doesNotContainPattern("java|Exception|class|`");
        }
    }
}
