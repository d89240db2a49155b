package io.deliveryhub.resources.utilization;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.timeentry.TimeEntry;
import io.deliveryhub.resources.timeentry.TimeEntryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class UtilizationService {

    /** A view over more than about two years is a reporting job, not an API call. */
    static final long MAX_DAYS = 800;

    private final PersonCalendars calendars;

    public UtilizationService(PersonCalendars calendars) {
        this.calendars = calendars;
    }

    public UtilizationReport report(LocalDate from, LocalDate to, UtilizationGrouping grouping) {
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BadRequest.ofField("to", "the period may span at most " + MAX_DAYS + " days");
        }
        List<Utilization.Logged> logged = logged(from, to);
        Set<UUID> withHours = new HashSet<>();
        logged.forEach(l -> withHours.add(l.personId()));
        // Everyone active at some point in the period, and anyone who logged hours in it even if not.
        List<Person> people = Person.list("(activeFrom is null or activeFrom <= ?1) and (activeTo is null or activeTo >= ?2)",
                to, from);
        Set<UUID> listed = new HashSet<>();
        people.forEach(p -> listed.add(p.id));
        withHours.removeAll(listed);
        if (!withHours.isEmpty()) {
            people = new ArrayList<>(people);
            people.addAll(Person.list("id in ?1", withHours));
        }
        Map<UUID, WorkingCalendar> byPerson = calendars.of(people, from, to);
        List<Utilization.Member> members = people.stream().map(p -> new Utilization.Member(p.id, p.name, p.practice,
                p.title, byPerson.get(p.id))).toList();
        Utilization.Report report = Utilization.report(from, to, grouping, members, logged);
        return new UtilizationReport(from, to, grouping.name().toLowerCase(Locale.ROOT), report.rows(), report.total());
    }

    private static List<Utilization.Logged> logged(LocalDate from, LocalDate to) {
        List<Tuple> sums = TimeEntry.getEntityManager().createQuery("""
                select e.personId as personId, e.date as date, e.billable as billable, e.status as status,
                       sum(e.hours) as hours
                from TimeEntry e
                where e.date >= ?1 and e.date <= ?2 and e.status <> ?3
                group by e.personId, e.date, e.billable, e.status""", Tuple.class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, TimeEntryStatus.REJECTED)
                .getResultList();
        return sums.stream().map(row -> new Utilization.Logged(row.get("personId", UUID.class),
                row.get("date", LocalDate.class), row.get("hours", BigDecimal.class), row.get("billable", Boolean.class),
                row.get("status", TimeEntryStatus.class))).toList();
    }
}
