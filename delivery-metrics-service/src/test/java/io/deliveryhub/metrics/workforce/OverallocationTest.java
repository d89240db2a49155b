package io.deliveryhub.metrics.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverallocationTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4); // in 2026-W10
    private static final BigDecimal THRESHOLD = new BigDecimal("1.10");

    private static Overallocation.Week week(String week, String capacity, String booked) {
        return new Overallocation.Week(week, new BigDecimal(capacity), new BigDecimal(booked));
    }

    @Test
    void keepsThePublishedWeeksAboveTheThresholdFromThisWeekThroughTheWindow() {
        Overallocation overallocation = Overallocation.of(WEDNESDAY, 2, THRESHOLD, List.of(
                week("2026-W12", "40", "50"), week("2026-W09", "40", "60"), week("2026-W10", "32", "40"),
                week("2026-W11", "40", "44"), week("2026-W13", "40", "60")));

        assertThat(overallocation.weeks()).extracting(Overallocation.Week::week).containsExactly("2026-W10", "2026-W12");
        assertThat(overallocation.worstRatio()).isEqualByComparingTo("1.250");
        assertThat(overallocation.describe("Jane Doe")).isEqualTo("Jane Doe is hard-allocated above 1.10 × capacity"
                + " in 2026-W10 (40.00 h of 32.00 h), 2026-W12 (50.00 h of 40.00 h)");
    }

    @Test
    void countsAWeekWithoutCapacityAsExceededWithoutARatio() {
        Overallocation overallocation = Overallocation.of(WEDNESDAY, 0, THRESHOLD, List.of(week("2026-W10", "0", "8")));

        assertThat(overallocation.any()).isTrue();
        assertThat(overallocation.worstRatio()).isNull();
        assertThat(Overallocation.of(WEDNESDAY, 0, THRESHOLD, List.of()).any()).isFalse();
    }
}
