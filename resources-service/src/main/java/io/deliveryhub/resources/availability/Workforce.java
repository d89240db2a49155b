package io.deliveryhub.resources.availability;

import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import io.deliveryhub.resources.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everyone who works here during a period, with their calendars and bookings, in three set-based queries
 * (people, time off, allocations) whatever the head count: the base of matching, capacity and bench views.
 */
@ApplicationScoped
public class Workforce {

    private final EntityManager entityManager;
    private final PersonCalendars calendars;
    private final Bookings bookings;

    public Workforce(EntityManager entityManager, PersonCalendars calendars, Bookings bookings) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.bookings = bookings;
    }

    /** The people of a period: their calendars over it and their active allocations overlapping it. */
    public record Staff(List<Person> people, Map<UUID, WorkingCalendar> calendars,
            Map<UUID, PersonBookings> bookings) {

        public PersonBookings bookingsOf(UUID personId) {
            return bookings.getOrDefault(personId, PersonBookings.none());
        }
    }

    /** @param practice only people of this practice (case-insensitive), or null for everyone */
    public Staff activeBetween(LocalDate from, LocalDate to, String practice) {
        List<Person> people = people(from, to, practice);
        return new Staff(people, calendars.of(people, from, to), bookings.byPerson(null, from, to, null));
    }

    /**
     * Read as plain values, not managed entities: thousands of rows, read-only, and no dirty checking to pay for.
     * The returned {@link Person} objects are detached and carry only what calendars and views need.
     */
    private List<Person> people(LocalDate from, LocalDate to, String practice) {
        String sql = """
                select id, name, title, practice, capacity_hours_per_week, active_from, active_to from person
                where (active_from is null or active_from <= :to) and (active_to is null or active_to >= :from)"""
                + (practice == null ? "" : " and lower(practice) = lower(:practice)");
        Query query = entityManager.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (practice != null) {
            query.setParameter("practice", practice);
        }
        List<Person> people = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Person person = new Person();
            person.id = (UUID) columns[0];
            person.name = (String) columns[1];
            person.title = (String) columns[2];
            person.practice = (String) columns[3];
            person.capacityHoursPerWeek = (BigDecimal) columns[4];
            person.activeFrom = date(columns[5]);
            person.activeTo = date(columns[6]);
            people.add(person);
        }
        return people;
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
