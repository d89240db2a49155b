package io.deliveryhub.resources.availability;

import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.resources.calendar.Absence;
import io.deliveryhub.resources.calendar.WeekCapacity;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import io.deliveryhub.resources.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everyone who works here during a period, with their time off and bookings, in three set-based queries
 * (people, time off, allocations) whatever the head count: the base of matching and capacity views.
 */
@ApplicationScoped
public class Workforce {

    private final EntityManager entityManager;
    private final Bookings bookings;

    public Workforce(EntityManager entityManager, Bookings bookings) {
        this.entityManager = entityManager;
        this.bookings = bookings;
    }

    /** @param practice only people of this practice (case-insensitive), or null for everyone */
    public Staff activeBetween(LocalDate from, LocalDate to, String practice) {
        return new Staff(from, to, people(from, to, practice, List.of()), absences(from, to),
                bookings.byPerson(null, from, to, null));
    }

    /** Only the people who have at least one of these skills (everyone when none is given). */
    public Staff activeBetweenWithAnySkill(LocalDate from, LocalDate to, Collection<UUID> skills) {
        return new Staff(from, to, people(from, to, null, skills), absences(from, to),
                bookings.byPerson(null, from, to, null));
    }

    /**
     * The people of a period with their weekly capacity (docs/kpis.md, by {@link WorkingCalendar}) and bookings.
     * Most people share a calendar (same hours per week, no time off), so their weeks are computed once per
     * distinct calendar and only the weeks touched by someone's time off are computed for that person: ranking
     * thousands of people must not walk every day of every person.
     */
    public static final class Staff {

        private final LocalDate from;
        private final LocalDate to;
        private final List<Person> people;
        private final Map<UUID, List<Absence>> absences;
        private final Map<UUID, PersonBookings> bookings;
        private final Map<Shape, List<WeekCapacity>> weeksByShape = new HashMap<>();

        Staff(LocalDate from, LocalDate to, List<Person> people, Map<UUID, List<Absence>> absences,
                Map<UUID, PersonBookings> bookings) {
            this.from = from;
            this.to = to;
            this.people = people;
            this.absences = absences;
            this.bookings = bookings;
        }

        public List<Person> people() {
            return people;
        }

        public PersonBookings bookingsOf(UUID personId) {
            return bookings.getOrDefault(personId, PersonBookings.none());
        }

        /** The person's ISO weeks of the period, clipped to it, as {@link WorkingCalendar#weeks} gives them. */
        public List<WeekCapacity> weeksOf(Person person) {
            Shape shape = new Shape(person.capacityHoursPerWeek.stripTrailingZeros(),
                    person.activeFrom == null || !person.activeFrom.isAfter(from) ? null : person.activeFrom,
                    person.activeTo == null || !person.activeTo.isBefore(to) ? null : person.activeTo);
            List<WeekCapacity> shared = weeksByShape.computeIfAbsent(shape, s -> WorkingCalendar
                    .of(s.weeklyCapacity(), List.of()).activeBetween(s.activeFrom(), s.activeTo()).weeks(from, to));
            List<Absence> off = absences.getOrDefault(person.id, List.of());
            if (off.isEmpty()) {
                return shared;
            }
            WorkingCalendar own = WorkingCalendar.of(shape.weeklyCapacity(), off)
                    .activeBetween(shape.activeFrom(), shape.activeTo());
            List<WeekCapacity> weeks = new ArrayList<>(shared.size());
            for (WeekCapacity week : shared) {
                weeks.add(off.stream().anyMatch(a -> !a.from().isAfter(week.to()) && !a.to().isBefore(week.from()))
                        ? own.weeks(week.from(), week.to()).get(0) : week);
            }
            return weeks;
        }

        /** Capacity after time off over the whole period. */
        public BigDecimal capacityOf(Person person) {
            BigDecimal total = BigDecimal.ZERO;
            for (WeekCapacity week : weeksOf(person)) {
                total = total.add(week.capacityHours());
            }
            return total;
        }

        private record Shape(BigDecimal weeklyCapacity, LocalDate activeFrom, LocalDate activeTo) {
        }
    }

    /**
     * Read as plain values, not managed entities: thousands of rows, read-only, and no dirty checking to pay for.
     * The returned {@link Person} objects are detached and carry only what calendars and views need.
     */
    private List<Person> people(LocalDate from, LocalDate to, String practice, Collection<UUID> skills) {
        String sql = """
                select id, name, title, practice, capacity_hours_per_week, active_from, active_to from person p
                where (active_from is null or active_from <= :to) and (active_to is null or active_to >= :from)"""
                + (practice == null ? "" : " and lower(practice) = lower(:practice)")
                + (skills.isEmpty() ? "" : """
                         and exists (select 1 from person_skill s where s.person_id = p.id and s.skill_id = any(:skills))""");
        Query query = entityManager.createNativeQuery(sql, Tuple.class).setParameter("from", from)
                .setParameter("to", to);
        if (practice != null) {
            query.setParameter("practice", practice);
        }
        if (!skills.isEmpty()) {
            query.setParameter("skills", skills.toArray(UUID[]::new));
        }
        List<Person> people = new ArrayList<>();
        List<Tuple> rows = query.getResultList();
        for (Columns row : rows.stream().map(Columns::of).toList()) {
            Person person = new Person();
            person.id = row.uuid("id");
            person.name = row.text("name");
            person.title = row.text("title");
            person.practice = row.text("practice");
            person.capacityHoursPerWeek = row.decimal("capacity_hours_per_week");
            person.activeFrom = row.date("active_from");
            person.activeTo = row.date("active_to");
            people.add(person);
        }
        return people;
    }

    private Map<UUID, List<Absence>> absences(LocalDate from, LocalDate to) {
        Map<UUID, List<Absence>> byPerson = new HashMap<>();
        List<Tuple> rows = entityManager.createNativeQuery(
                "select person_id, from_date, to_date, hours_per_day from time_off where from_date <= :to and to_date >= :from",
                Tuple.class).setParameter("from", from).setParameter("to", to).getResultList();
        for (Columns row : rows.stream().map(Columns::of).toList()) {
            byPerson.computeIfAbsent(row.uuid("person_id"), id -> new ArrayList<>())
                    .add(new Absence(row.date("from_date"), row.date("to_date"), row.decimal("hours_per_day")));
        }
        return byPerson;
    }
}
