package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Utilization;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads people's time off and HARD allocations that touch a period, grouped by person, from the workforce read
 * models (V6). Both are small next to the time entries, so they are read whole and cut to the period here.
 */
@ApplicationScoped
public class WorkforceFacts {

    private final Session session;

    public WorkforceFacts(Session session) {
        this.session = session;
    }

    /** Time off that is not cancelled, one entry per day of it inside [from, to] (weekends included). */
    public Map<UUID, List<Utilization.TimeOff>> timeOff(LocalDate from, LocalDate to) {
        Map<UUID, List<Utilization.TimeOff>> byPerson = new HashMap<>();
        for (Columns row : rows("""
                select person_id, from_date, to_date, hours_per_day from person_time_off
                where not cancelled and from_date <= :to and to_date >= :from""", from, to)) {
            LocalDate first = later(row.date("from_date"), from);
            LocalDate last = earlier(row.date("to_date"), to);
            List<Utilization.TimeOff> days = byPerson.computeIfAbsent(row.uuid("person_id"),
                    person -> new ArrayList<>());
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(new Utilization.TimeOff(day, row.decimal("hours_per_day")));
            }
        }
        return byPerson;
    }

    /** HARD allocations of named people, not released, that overlap [from, to], as booked (not cut). */
    public Map<UUID, List<WeeklyAllocation.Allocation>> hardAllocations(LocalDate from, LocalDate to) {
        Map<UUID, List<WeeklyAllocation.Allocation>> byPerson = new HashMap<>();
        for (Columns row : rows("""
                select person_id, from_date, to_date, hours_per_week from person_allocation
                where person_id is not null and booking = 'HARD' and status = 'ACTIVE'
                  and from_date <= :to and to_date >= :from""", from, to)) {
            byPerson.computeIfAbsent(row.uuid("person_id"), person -> new ArrayList<>())
                    .add(new WeeklyAllocation.Allocation(row.date("from_date"), row.date("to_date"),
                            row.decimal("hours_per_week"), true));
        }
        return byPerson;
    }

    private List<Columns> rows(String sql, LocalDate from, LocalDate to) {
        return session.createNativeQuery(sql, Tuple.class).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(Columns::of).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
