package io.deliveryhub.resources.calendar;

import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.timeoff.TimeOff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Working calendars of people over a period, with their time off loaded in one query, so that views over
 * thousands of people (availability, matching, capacity) never query per person.
 */
@ApplicationScoped
public class PersonCalendars {

    /** Above this many people one range query and an in-memory filter beat a huge IN list. */
    private static final int IN_LIST_LIMIT = 1000;

    public WorkingCalendar of(Person person, LocalDate from, LocalDate to) {
        return of(List.of(person), from, to).get(person.id);
    }

    /** Each person's calendar keyed by person id; only time off overlapping [from, to] is loaded. */
    public Map<UUID, WorkingCalendar> of(Collection<Person> people, LocalDate from, LocalDate to) {
        Map<UUID, List<Absence>> absences = absences(people.stream().map(p -> p.id).collect(Collectors.toSet()), from, to);
        Map<UUID, WorkingCalendar> calendars = new HashMap<>();
        for (Person person : people) {
            calendars.put(person.id, WorkingCalendar.of(person.capacityHoursPerWeek,
                    absences.getOrDefault(person.id, List.of())).activeBetween(person.activeFrom, person.activeTo));
        }
        return calendars;
    }

    private Map<UUID, List<Absence>> absences(Set<UUID> personIds, LocalDate from, LocalDate to) {
        Map<UUID, List<Absence>> byPerson = new HashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        List<TimeOff> rows = personIds.size() <= IN_LIST_LIMIT
                ? TimeOff.list("personId in ?1 and fromDate <= ?2 and toDate >= ?3", personIds, to, from)
                : TimeOff.list("fromDate <= ?1 and toDate >= ?2", to, from);
        for (TimeOff row : rows) {
            if (personIds.contains(row.personId)) {
                byPerson.computeIfAbsent(row.personId, id -> new ArrayList<>()).add(row.toAbsence());
            }
        }
        return byPerson;
    }
}
