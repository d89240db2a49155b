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
    void aDayHoldsAtMost24Hours() {
        DailyHours daily = new DailyHours();
        daily.add(PERSON, DAY, new BigDecimal("16"));
        assertThat(daily.fits(PERSON, DAY, new BigDecimal("8"))).isTrue();
        assertThat(daily.fits(PERSON, DAY, new BigDecimal("8.01"))).isFalse();
    }

    @Test
    void daysAndPeopleAreCountedApart() {
        DailyHours daily = new DailyHours();
        daily.add(PERSON, DAY, new BigDecimal("24"));
        assertThat(daily.fits(PERSON, DAY.plusDays(1), new BigDecimal("24"))).isTrue();
        assertThat(daily.fits(UUID.randomUUID(), DAY, new BigDecimal("24"))).isTrue();
    }

    @Test
    void removingAnEntryFreesItsHours() {
        DailyHours daily = new DailyHours();
        daily.add(PERSON, DAY, new BigDecimal("20"));
        daily.remove(PERSON, DAY, new BigDecimal("6"));
        assertThat(daily.on(PERSON, DAY)).isEqualByComparingTo("14");
        assertThat(daily.fits(PERSON, DAY, new BigDecimal("10"))).isTrue();
    }
}
