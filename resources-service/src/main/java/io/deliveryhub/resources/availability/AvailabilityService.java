package io.deliveryhub.resources.availability;

import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.scenario.PlanOverlay;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A person's availability per ISO week over a period: their calendar less their bookings. */
@ApplicationScoped
public class AvailabilityService {

    private final PersonCalendars calendars;
    private final Bookings bookings;

    public AvailabilityService(PersonCalendars calendars, Bookings bookings) {
        this.calendars = calendars;
        this.bookings = bookings;
    }

    /** @param scenario the live plan ({@link PlanOverlay#NONE}) or a scenario's changes over it */
    public PersonAvailability of(UUID personId, Period period, PlanOverlay scenario) {
        Person person = Person.<Person> findByIdOptional(personId).orElseThrow(() -> new NotFound("Person", personId));
        PersonBookings booked = scenario.bookingsOf(personId, bookings.of(personId, period.from(), period.to(), null));
        return new PersonAvailability(personId, person.name, period.from(), period.to(), Availability.weeks(
                calendars.of(person, period.from(), period.to()), booked.hard(), booked.soft(), period.from(),
                period.to()));
    }
}
