package io.deliveryhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    record Dated(LocalDate day) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new CalendarDates().customize(mapper);
        return mapper;
    }

    @Test
    void readsADayOfTheCalendar() throws Exception {
        assertThat(mapper().readValue("{\"day\":\"2026-03-02\"}", Dated.class).day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(mapper().readValue("{\"day\":\"9999-12-31\"}", Dated.class).day()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(mapper().readValue("{\"day\":\"2028-02-29\"}", Dated.class).day()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(mapper().readValue("{\"day\":\" 0001-01-01 \"}", Dated.class).day()).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(mapper().readValue("{\"day\":\"\"}", Dated.class).day()).isNull();
        assertThat(mapper().readValue("{\"day\":null}", Dated.class).day()).isNull();
    }

    @Test
    void refusesYearsBeyondFourDigitsDaysThatDoNotExistAndOtherShapes() {
        for (String day : new String[] { "+10000-01-01", "-0001-01-01", "99999-01-01", "2026-13-01", "2026-00-10",
                "2026-02-29", "2026-04-31", "2026-03-00", "2026-3-2", "2026-03-02x", "2026-03-0\u0661", "02/03/2026" }) {
            assertThatThrownBy(() -> mapper().readValue("{\"day\":\"" + day + "\"}", Dated.class))
                    .as(day).isInstanceOf(InvalidFormatException.class);
        }
        assertThatThrownBy(() -> mapper().readValue("{\"day\":20260302}", Dated.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
