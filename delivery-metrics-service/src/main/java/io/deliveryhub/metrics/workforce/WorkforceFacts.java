package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.platform.persistence.Columns.date;

import io.deliveryhub.metrics.kpi.Utilization;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
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
        for (Object[] row : rows("""
                select person_id, from_date, to_date, hours_per_day from person_time_off
                where not cancelled and from_date <= :to and to_date >= :from""", from, to)) {
            LocalDate first = later(date(row[1]), from);
            LocalDate last = earlier(date(row[2]), to);
            List<Utilization.TimeOff> days = byPerson.computeIfAbsent((UUID) row[0], person -> new ArrayList<>());
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(new Utilization.TimeOff(day, (BigDecimal) row[3]));
            }
        }
        return byPerson;
    }

    /** HARD allocations of named people, not released, that overlap [from, to], as booked (not cut). */
    public Map<UUID, List<WeeklyAllocation.Allocation>> hardAllocations(LocalDate from, LocalDate to) {
        Map<UUID, List<WeeklyAllocation.Allocation>> byPerson = new HashMap<>();
        for (Object[] row : rows("""
                select person_id, from_date, to_date, hours_per_week from person_allocation
                where person_id is not null and booking = 'HARD' and status = 'ACTIVE'
                  and from_date <= :to and to_date >= :from""", from, to)) {
            byPerson.computeIfAbsent((UUID) row[0], person -> new ArrayList<>())
                    .add(new WeeklyAllocation.Allocation(date(row[1]), date(row[2]), (BigDecimal) row[3], true));
        }
        return byPerson;
    }

    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return session.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
