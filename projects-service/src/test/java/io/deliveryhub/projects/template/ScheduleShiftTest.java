package io.deliveryhub.projects.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleShiftTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void dueDatesFallTheOffsetAfterTheStart() {
        assertThat(ScheduleShift.due(MARCH_2, 0)).isEqualTo(MARCH_2);
        assertThat(ScheduleShift.due(MARCH_2, 30)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void movesEveryDateByTheDistanceBetweenTheStarts() {
        ScheduleShift later = ScheduleShift.between(MARCH_2, LocalDate.of(2026, 10, 5));
        assertThat(later.days()).isEqualTo(217);
        assertThat(later.apply(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 11, 3));
        ScheduleShift earlier = ScheduleShift.between(MARCH_2, LocalDate.of(2026, 2, 23));
        assertThat(earlier.apply(MARCH_2)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void movesNothingWhenEitherStartIsUnknownAndKeepsMissingDatesMissing() {
        assertThat(ScheduleShift.between(null, MARCH_2).apply(MARCH_2)).isEqualTo(MARCH_2);
        assertThat(ScheduleShift.between(MARCH_2, null).days()).isZero();
        assertThat(ScheduleShift.between(MARCH_2, MARCH_2.plusDays(3)).apply(null)).isNull();
    }
}
