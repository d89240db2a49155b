package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.platform.problem.BadRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks a project trend shows: every ISO week (Monday–Sunday) that holds a day of [from, to], each as of its
 * Sunday. The last point never looks past {@code to} nor past today: a week whose Sunday is later is shown as of
 * the earlier of the two (the week so far), and a week that starts after today has no point (its facts are not
 * known yet). Without {@code to} the trend ends today; without {@code from} it starts 12 weeks before
 * {@code to}, so the default is 13 weekly points.
 */
record TrendPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_WEEKS_BACK = 12;
    static final int MAX_WEEKS = 104;

    /** One point of the trend: the ISO week ({@code 2026-W10}) and the day its KPIs are computed as of. */
    record Week(String week, LocalDate asOf) {
    }

    /** @throws BadRequest when to is before from (field to) or the period spans more than 104 ISO weeks (from) */
    static TrendPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusWeeks(DEFAULT_WEEKS_BACK);
        if (end.isBefore(start)) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        long weeks = ChronoUnit.WEEKS.between(monday(start), monday(end)) + 1;
        if (weeks > MAX_WEEKS) {
            throw BadRequest.ofField("from", "the trend spans " + weeks + " ISO weeks; at most " + MAX_WEEKS
                    + " are shown at once");
        }
        return new TrendPeriod(start, end);
    }

    List<Week> weeks(LocalDate today) {
        LocalDate last = to.isAfter(today) ? today : to;
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            weeks.add(new Week(label(monday), sunday.isAfter(last) ? last : sunday));
        }
        return weeks;
    }

    static String label(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
