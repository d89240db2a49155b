package io.deliveryhub.resources.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void daysAroundNewYearBelongToTheWeekBasedYear() {
        assertThat(IsoWeek.of(LocalDate.of(2025, 12, 29))).isEqualTo(new IsoWeek(2026, 1));
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
        assertThat(IsoWeek.of(LocalDate.of(2026, 3, 2)).toString()).isEqualTo("2026-W10");
    }

    @Test
    void runsFromMondayToSunday() {
        IsoWeek week = new IsoWeek(2026, 1);
        assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(new IsoWeek(2026, 53).next()).isEqualTo(new IsoWeek(2027, 1));
    }

    @Test
    void parsesItsTextAndRefusesWeeksThatDoNotExist() {
        assertThat(IsoWeek.parse("2026-W05")).isEqualTo(new IsoWeek(2026, 5));
        assertThat(IsoWeek.parse("2026-W53")).isEqualTo(new IsoWeek(2026, 53));
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsoWeek(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsTheWeeksAPeriodTouches() {
        assertThat(IsoWeeks.between(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 12)))
                .containsExactly(new IsoWeek(2026, 53), new IsoWeek(2027, 1), new IsoWeek(2027, 2));
        assertThat(IsoWeeks.between(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 6))).isEmpty();
    }

    @Test
    void ordersWeeksInTime() {
        assertThat(new IsoWeek(2025, 52)).isLessThan(new IsoWeek(2026, 1));
        assertThat(new IsoWeek(2026, 2)).isGreaterThan(new IsoWeek(2026, 1));
    }
}
