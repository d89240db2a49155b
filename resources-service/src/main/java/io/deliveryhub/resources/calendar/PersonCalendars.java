package io.deliveryhub.resources.calendar;

import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.timeoff.Absences;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Working calendars of people over a period, with their time off loaded in one query, so that views over
 * thousands of people (availability, matching, capacity) never query per person.
 */
@ApplicationScoped
public class PersonCalendars {

    private final Absences absences;

    public PersonCalendars(Absences absences) {
        this.absences = absences;
    }

    public WorkingCalendar of(Person person, LocalDate from, LocalDate to) {
        return of(List.of(person), from, to).get(person.id);
    }

    /** Each person's calendar keyed by person id; only time off overlapping [from, to] is loaded. */
    public Map<UUID, WorkingCalendar> of(Collection<Person> people, LocalDate from, LocalDate to) {
        Map<UUID, List<Absence>> off = absences.of(people.stream().map(p -> p.id).collect(Collectors.toSet()), from, to);
        Map<UUID, WorkingCalendar> calendars = new HashMap<>();
        for (Person person : people) {
            calendars.put(person.id, WorkingCalendar.of(person.capacityHoursPerWeek,
                    off.getOrDefault(person.id, List.of())).activeBetween(person.activeFrom, person.activeTo));
        }
        return calendars;
    }
}
