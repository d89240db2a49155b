package io.deliveryhub.metrics.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person's ISO week where a scenario changes their HARD hours: capacity after time off, HARD hours live and in
 * the scenario, and the planned utilization they make (HARD hours / capacity, as the bench measures it), above 1 when
 * the person is over-allocated.
 */
@Schema(name = "PersonWeekChange", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","name":"Ada Lovelace","week":"2026-W10",\
        "capacityHours":40.000,"liveHardHours":32.000,"scenarioHardHours":48.000,"deltaHours":16.000,\
        "liveAllocation":0.800,"scenarioAllocation":1.200}""")
public record PersonWeekChange(UUID personId, String name, @Schema(example = "2026-W10") String week,
        @Schema(description = "capacity after time off, inside the period and the person's active dates")
        BigDecimal capacityHours, BigDecimal liveHardHours, BigDecimal scenarioHardHours, BigDecimal deltaHours,
        @Schema(description = "liveHardHours / capacityHours, 3 decimals; null without capacity", nullable = true)
        BigDecimal liveAllocation,
        @Schema(description = "scenarioHardHours / capacityHours, 3 decimals; null without capacity", nullable = true)
        BigDecimal scenarioAllocation) {

    /** The weeks of [from, to] (each cut to the period) where the scenario's HARD hours differ from the live ones. */
    static List<PersonWeekChange> of(UUID personId, String name, PersonFacts live, PersonFacts scenario,
            LocalDate from, LocalDate to, BigDecimal benchThreshold) {
        List<PersonWeekChange> weeks = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
            Optional<PersonFigures> before = PersonFigures.of(live, first, last, benchThreshold);
            Optional<PersonFigures> after = PersonFigures.of(scenario, first, last, benchThreshold);
            if (before.isEmpty() || after.isEmpty()
                    || before.get().hardHours().compareTo(after.get().hardHours()) == 0) {
                continue;
            }
            BigDecimal capacity = before.get().capacity();
            weeks.add(new PersonWeekChange(personId, name, week(monday), hours(capacity),
                    hours(before.get().hardHours()), hours(after.get().hardHours()),
                    hours(after.get().hardHours().subtract(before.get().hardHours())),
                    share(before.get().hardHours(), capacity), share(after.get().hardHours(), capacity)));
        }
        return weeks;
    }

    private static String week(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal share(BigDecimal hours, BigDecimal capacity) {
        return capacity.signum() == 0 ? null : hours.divide(capacity, 3, RoundingMode.HALF_EVEN);
    }
}
