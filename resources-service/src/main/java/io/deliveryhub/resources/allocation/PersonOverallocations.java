package io.deliveryhub.resources.allocation;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a person's over-allocated weeks whenever what decides them changes: their HARD bookings, their time
 * off, their capacity or active dates. Called inside the transaction of that change, so the fact commits (and is
 * published) with it; an unchanged result publishes nothing.
 */
@ApplicationScoped
public class PersonOverallocations {

    static final String CHANGED = "deliveryhub.person.overallocation-changed.v1";

    private final Outbox outbox;
    private final PersonCalendars calendars;
    private final Clock clock;

    public PersonOverallocations(Outbox outbox, PersonCalendars calendars, Clock clock) {
        this.outbox = outbox;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(UUID personId, String actor) {
        // The person's row lock orders concurrent recounts of one person, as it orders their HARD bookings.
        Person person = Person.findById(personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            return;
        }
        List<OverbookedWeek> weeks = weeksOf(person);
        PersonOverallocation held = PersonOverallocation.findById(personId);
        String json = weeks.isEmpty() ? "[]" : AllocationView.writeWeeks(weeks);
        if (held == null ? weeks.isEmpty() : held.weeks.equals(json)) {
            return;
        }
        Instant now = clock.instant();
        PersonOverallocationView before = held == null ? null : view(held);
        if (held == null) {
            held = new PersonOverallocation();
            held.personId = personId;
        }
        held.weeks = json;
        held.version++;
        held.updatedAt = now;
        held.persist();
        PersonOverallocationView after = new PersonOverallocationView(personId, weeks, held.version);
        outbox.publish(ResourcesTopic.event(CHANGED, personId, personId, now, before == null
                ? AggregateChange.created(held.version, actor, after)
                : AggregateChange.updated(held.version, actor, before, after)));
    }

    private List<OverbookedWeek> weeksOf(Person person) {
        List<BookedHours> hard = Allocation.<Allocation> list(
                "terms.personId = ?1 and terms.booking = ?2 and status = ?3", person.id, Booking.HARD,
                AllocationStatus.ACTIVE).stream()
                .map(allocation -> new BookedHours(allocation.terms.fromDate, allocation.terms.toDate,
                        allocation.terms.hoursPerWeek))
                .toList();
        if (hard.isEmpty()) {
            return List.of();
        }
        LocalDate monday = IsoWeek.of(hard.stream().map(BookedHours::from).min(Comparator.naturalOrder()).orElseThrow())
                .monday();
        LocalDate sunday = IsoWeek.of(hard.stream().map(BookedHours::to).max(Comparator.naturalOrder()).orElseThrow())
                .sunday();
        return Overallocation.weeksOf(calendars.of(person, monday, sunday), hard, monday, sunday);
    }

    private static PersonOverallocationView view(PersonOverallocation held) {
        return new PersonOverallocationView(held.personId, AllocationView.readWeeks(held.weeks), held.version);
    }
}
