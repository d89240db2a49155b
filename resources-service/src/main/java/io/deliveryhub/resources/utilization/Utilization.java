package io.deliveryhub.resources.utilization;

import io.deliveryhub.resources.calendar.WorkingCalendar;
import io.deliveryhub.resources.timeentry.TimeEntryStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Utilization over [from, to] exactly as docs/kpis.md#utilization defines it: capacity from the working calendar
 * (weekends give none, time off and holidays take theirs); logged = hours of entries in the period that are
 * not REJECTED, weekends included; billable = their billable part; utilization = logged / capacity and
 * billable utilization = billable / capacity, rounded half-even to 3 decimals, {@code null} when capacity is 0.
 */
public final class Utilization {

    /** A person and their calendar, as the rows need them. */
    public record Member(UUID personId, String name, String practice, String title, WorkingCalendar calendar) {
    }

    /** Hours logged by a person on a day (possibly the sum of several entries of the same kind). */
    public record Logged(UUID personId, LocalDate date, BigDecimal hours, boolean billable, TimeEntryStatus status) {
    }

    private Utilization() {
    }

    /** One row per group, ordered by group, then the total of all members. */
    public static Report report(LocalDate from, LocalDate to, UtilizationGrouping grouping, List<Member> members,
            List<Logged> logged) {
        Map<UUID, BigDecimal> loggedHours = new HashMap<>();
        Map<UUID, BigDecimal> billableHours = new HashMap<>();
        for (Logged entry : logged) {
            if (entry.status() == TimeEntryStatus.REJECTED || entry.date().isBefore(from) || entry.date().isAfter(to)) {
                continue;
            }
            loggedHours.merge(entry.personId(), entry.hours(), BigDecimal::add);
            if (entry.billable()) {
                billableHours.merge(entry.personId(), entry.hours(), BigDecimal::add);
            }
        }
        Map<String, Totals> groups = new LinkedHashMap<>();
        Totals all = new Totals(null, "all");
        for (Member member : members.stream().sorted(Comparator.comparing(Member::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            BigDecimal capacity = member.calendar().capacity(from, to);
            BigDecimal memberLogged = loggedHours.getOrDefault(member.personId(), BigDecimal.ZERO);
            BigDecimal memberBillable = billableHours.getOrDefault(member.personId(), BigDecimal.ZERO);
            String group = switch (grouping) {
                case PERSON -> member.personId().toString();
                case PRACTICE -> member.practice();
                case ROLE -> member.title();
            };
            String name = grouping == UtilizationGrouping.PERSON ? member.name() : group;
            groups.computeIfAbsent(Objects.requireNonNullElse(group, "\u0000none"), key -> new Totals(group, name))
                    .add(capacity, memberLogged, memberBillable);
            all.add(capacity, memberLogged, memberBillable);
        }
        List<UtilizationRow> rows = new ArrayList<>();
        for (Totals totals : groups.values()) {
            rows.add(totals.row());
        }
        if (grouping != UtilizationGrouping.PERSON) {
            rows.sort(Comparator.comparing(UtilizationRow::group, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return new Report(rows, all.row());
    }

    public record Report(List<UtilizationRow> rows, UtilizationRow total) {
    }

    /** part / capacity to 3 decimals (half-even); null when there is no capacity to use. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal capacity) {
        return capacity.signum() == 0 ? null : part.divide(capacity, 3, RoundingMode.HALF_EVEN);
    }

    private static final class Totals {
        private final String group;
        private final String name;
        private int people;
        private BigDecimal capacity = BigDecimal.ZERO;
        private BigDecimal logged = BigDecimal.ZERO;
        private BigDecimal billable = BigDecimal.ZERO;

        Totals(String group, String name) {
            this.group = group;
            this.name = name;
        }

        void add(BigDecimal capacityHours, BigDecimal loggedHours, BigDecimal billableHours) {
            people++;
            capacity = capacity.add(capacityHours);
            logged = logged.add(loggedHours);
            billable = billable.add(billableHours);
        }

        UtilizationRow row() {
            return new UtilizationRow(group, name, people, hours(capacity), hours(logged), hours(billable), ratio(logged, capacity),
                    ratio(billable, capacity));
        }

        private static BigDecimal hours(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_EVEN);
        }
    }
}
