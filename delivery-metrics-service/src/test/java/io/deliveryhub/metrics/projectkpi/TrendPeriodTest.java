package io.deliveryhub.metrics.projectkpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendPeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-03-11");

    @Test
    void showsEachIsoWeekAsOfItsSunday() {
        TrendPeriod period = TrendPeriod.of(day("2026-03-02"), day("2026-03-15"), day("2026-06-01"));

        assertThat(period.weeks(day("2026-06-01"))).containsExactly(
                new TrendPeriod.Week("2026-W10", day("2026-03-08")),
                new TrendPeriod.Week("2026-W11", day("2026-03-15")));
    }

    @Test
    void startsWithTheWeekThatHoldsFromEvenWhenFromIsMidWeek() {
        assertThat(TrendPeriod.of(day("2026-03-06"), day("2026-03-08"), WEDNESDAY).weeks(WEDNESDAY))
                .containsExactly(new TrendPeriod.Week("2026-W10", day("2026-03-08")));
    }

    @Test
    void endsTheLastWeekOnToWhenItsSundayComesLater() {
        assertThat(TrendPeriod.of(day("2026-03-02"), day("2026-03-10"), day("2026-06-01")).weeks(day("2026-06-01")))
                .extracting(TrendPeriod.Week::asOf).containsExactly(day("2026-03-08"), day("2026-03-10"));
    }

    @Test
    void showsTheCurrentWeekSoFarAndNoWeekThatHasNotStarted() {
        List<TrendPeriod.Week> weeks = TrendPeriod.of(day("2026-03-02"), day("2026-04-30"), WEDNESDAY)
                .weeks(WEDNESDAY);

        assertThat(weeks).containsExactly(new TrendPeriod.Week("2026-W10", day("2026-03-08")),
                new TrendPeriod.Week("2026-W11", WEDNESDAY));
    }

    @Test
    void hasNoPointWhenThePeriodLiesInTheFuture() {
        assertThat(TrendPeriod.of(day("2026-04-06"), day("2026-04-30"), WEDNESDAY).weeks(WEDNESDAY)).isEmpty();
    }

    @Test
    void defaultsToThirteenWeeksEndingToday() {
        TrendPeriod period = TrendPeriod.of(null, null, WEDNESDAY);

        assertThat(period).isEqualTo(new TrendPeriod(day("2025-12-17"), WEDNESDAY));
        List<TrendPeriod.Week> weeks = period.weeks(WEDNESDAY);
        assertThat(weeks).hasSize(13);
        assertThat(weeks.get(0)).isEqualTo(new TrendPeriod.Week("2025-W51", day("2025-12-21")));
        assertThat(weeks.get(12)).isEqualTo(new TrendPeriod.Week("2026-W11", WEDNESDAY));
    }

    @Test
    void defaultsFromToTwelveWeeksBeforeAGivenTo() {
        assertThat(TrendPeriod.of(null, day("2026-02-01"), WEDNESDAY).from()).isEqualTo(day("2025-11-09"));
    }

    @Test
    void namesWeeksByTheirIsoWeekBasedYear() {
        assertThat(TrendPeriod.label(day("2027-01-01"))).isEqualTo("2026-W53"); // a Friday of 2026's last week
        assertThat(TrendPeriod.label(day("2026-01-01"))).isEqualTo("2026-W01"); // a Thursday
        assertThat(TrendPeriod.label(day("2024-12-30"))).isEqualTo("2025-W01"); // a Monday
    }

    @Test
    void refusesAnEndBeforeTheStartOnFieldTo() {
        assertThatThrownBy(() -> TrendPeriod.of(day("2026-03-10"), day("2026-03-09"), WEDNESDAY))
                .isInstanceOf(BadRequest.class).satisfies(problem -> assertThat(field(problem)).isEqualTo("to"));
    }

    @Test
    void refusesAFromAfterTodayWithoutTo() {
        assertThatThrownBy(() -> TrendPeriod.of(day("2026-03-12"), null, WEDNESDAY)).isInstanceOf(BadRequest.class);
    }

    @Test
    void acceptsAtMost104Weeks() {
        // 2024-03-11 is a Monday; with the week of 2026-03-08 (a Sunday) that makes 104 ISO weeks.
        assertThat(TrendPeriod.of(day("2024-03-11"), day("2026-03-08"), WEDNESDAY).weeks(WEDNESDAY)).hasSize(104);
        assertThatThrownBy(() -> TrendPeriod.of(day("2024-03-10"), day("2026-03-08"), WEDNESDAY))
                .isInstanceOf(BadRequest.class).satisfies(problem -> assertThat(field(problem)).isEqualTo("from"));
    }

    private static String field(Throwable problem) {
        Object errors = ((BadRequest) problem).extensions().get("errors");
        return ((FieldError) ((List<?>) errors).get(0)).field();
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
