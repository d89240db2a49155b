package io.deliveryhub.resources.availability;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.person.Person;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{id}/availability")
@Tag(name = "Allocations")
public class AvailabilityResource {

    private final PersonCalendars calendars;
    private final Bookings bookings;

    public AvailabilityResource(PersonCalendars calendars, Bookings bookings) {
        this.calendars = calendars;
        this.bookings = bookings;
    }

    @GET
    @Operation(summary = "A person's availability per ISO week",
            description = "Weeks are clipped to [from, to]. capacity = weekly capacity / 5 per working day the person "
                    + "is active; free = max(0, capacity − time off − HARD hours); SOFT hours are shown, not deducted.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public PersonAvailability availability(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-05-31") LocalDate to) {
        Period period = Period.of(from, to);
        Person person = Person.<Person> findByIdOptional(id).orElseThrow(() -> new NotFound("Person", id));
        PersonBookings booked = bookings.of(id, period.from(), period.to(), null);
        return new PersonAvailability(id, person.name, period.from(), period.to(), Availability.weeks(
                calendars.of(person, period.from(), period.to()), booked.hard(), booked.soft(), period.from(),
                period.to()));
    }
}
