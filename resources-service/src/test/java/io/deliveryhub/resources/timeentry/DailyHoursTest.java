package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DailyHoursTest {

    private static final UUID PERSON = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void addsUpTheHoursOfADay() {
        DailyHours daily = new DailyHours();
        daily.add(PERSON, DAY, new BigDecimal("16"));
        daily.add(PERSON, DAY, new BigDecimal("7.5"));
        assertThat(daily.on(PERSON, DAY)).isEqualByComparingTo("23.5");
    }

    @Test
    void daysAndPeopleAreCountedApart() {
        DailyHours daily = new DailyHours();
        daily.add(PERSON, DAY, new BigDecimal("24"));
        assertThat(daily.on(PERSON, DAY.plusDays(1))).isZero();
        assertThat(daily.on(UUID.randomUUID(), DAY)).isZero();
    }

    @Test
    void removingAnEntryFreesItsHours() {
        DailyHours daily = new DailyHours();
        daily.add(PERSON, DAY, new BigDecimal("20"));
        daily.remove(PERSON, DAY, new BigDecimal("6"));
        assertThat(daily.on(PERSON, DAY)).isEqualByComparingTo("14");
    }
}
