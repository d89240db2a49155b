package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneFactTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void aMilestoneNotDoneAndDueBeforeTheDayIsOverdue() {
        assertThat(milestone("PLANNED", DAY.minusDays(1), null).overdueOn(DAY)).isTrue();
        assertThat(milestone("IN_PROGRESS", DAY.minusDays(30), null).overdueOn(DAY)).isTrue();
    }

    @Test
    void aMilestoneDueOnTheDayOrLaterIsNotOverdueYet() {
        assertThat(milestone("PLANNED", DAY, null).overdueOn(DAY)).isFalse();
        assertThat(milestone("PLANNED", DAY.plusDays(1), null).overdueOn(DAY)).isFalse();
    }

    @Test
    void aMilestoneDoneByTheDayIsNotOverdueEvenWhenDoneLate() {
        assertThat(milestone("DONE", DAY.minusDays(5), DAY.minusDays(1)).overdueOn(DAY)).isFalse();
        assertThat(milestone("DONE", DAY.minusDays(5), DAY).overdueOn(DAY)).isFalse();
    }

    @Test
    void aMilestoneDoneOnlyAfterTheDayWasStillOverdueOnIt() {
        assertThat(milestone("DONE", DAY.minusDays(5), DAY.plusDays(1)).overdueOn(DAY)).isTrue();
    }

    @Test
    void waivedOrUndatedMilestonesAreNeverOverdue() {
        assertThat(milestone("WAIVED", DAY.minusDays(5), null).overdueOn(DAY)).isFalse();
        assertThat(milestone("PLANNED", null, null).overdueOn(DAY)).isFalse();
    }

    @Test
    void countsOnlyFromTheDayItWasAddedUntilTheDayItWasWaived() {
        MilestoneFact waivedLater = new MilestoneFact(DAY.minusDays(5), BigDecimal.ONE, "WAIVED", null, DAY.minusDays(9),
                DAY.plusDays(2));

        assertThat(waivedLater.countsOn(DAY.minusDays(10))).as("not added yet").isFalse();
        assertThat(waivedLater.countsOn(DAY)).isTrue();
        assertThat(waivedLater.overdueOn(DAY)).as("not waived yet on the day").isTrue();
        assertThat(waivedLater.countsOn(DAY.plusDays(2))).isFalse();
        assertThat(milestone("WAIVED", DAY, null).countsOn(DAY.minusYears(1))).as("waived, no one knows when").isFalse();
    }

    private static MilestoneFact milestone(String status, LocalDate due, LocalDate completedOn) {
        return new MilestoneFact(due, BigDecimal.ONE, status, completedOn);
    }
}
