package io.deliveryhub.resources.availability;

import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Active person allocations over a period, read in one set-based query (never per person), so that views over
 * thousands of people stay fast. Reads the allocation table directly: only hours and dates are needed.
 */
@ApplicationScoped
public class Bookings {

    private final EntityManager entityManager;

    public Bookings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param personIds whose allocations to read; null for everyone's
     * @param except an allocation to leave out (the one being changed), or null
     * @return by person id; people without allocations are absent
     */
    public Map<UUID, PersonBookings> byPerson(Collection<UUID> personIds, LocalDate from, LocalDate to, UUID except) {
        StringBuilder sql = new StringBuilder("""
                select person_id, booking, from_date, to_date, hours_per_week from allocation
                where status = 'ACTIVE' and person_id is not null and from_date <= :to and to_date >= :from""");
        if (personIds != null) {
            sql.append(" and person_id = any(:people)");
        }
        if (except != null) {
            sql.append(" and id <> :except");
        }
        Query query = entityManager.createNativeQuery(sql.toString(), Tuple.class).setParameter("from", from)
                .setParameter("to", to);
        if (personIds != null) {
            query.setParameter("people", personIds.toArray(UUID[]::new));
        }
        if (except != null) {
            query.setParameter("except", except);
        }
        Map<UUID, PersonBookings> byPerson = new HashMap<>();
        List<Tuple> rows = query.getResultList();
        for (Columns row : rows.stream().map(Columns::of).toList()) {
            BookedHours booked = new BookedHours(row.date("from_date"), row.date("to_date"),
                    row.decimal("hours_per_week"));
            PersonBookings bookings = byPerson.computeIfAbsent(row.uuid("person_id"), id -> PersonBookings.empty());
            ("HARD".equals(row.text("booking")) ? bookings.hard() : bookings.soft()).add(booked);
        }
        return byPerson;
    }

    public PersonBookings of(UUID personId, LocalDate from, LocalDate to, UUID except) {
        return byPerson(List.of(personId), from, to, except).getOrDefault(personId, PersonBookings.none());
    }
}
