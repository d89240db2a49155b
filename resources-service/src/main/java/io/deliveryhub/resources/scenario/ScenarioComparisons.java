package io.deliveryhub.resources.scenario;

import io.deliveryhub.resources.availability.Availability;
import io.deliveryhub.resources.availability.Bookings;
import io.deliveryhub.resources.availability.Period;
import io.deliveryhub.resources.availability.PersonBookings;
import io.deliveryhub.resources.availability.WeekAvailability;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import io.deliveryhub.resources.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scenario against the live plan: what changes per person, week and project. */
@ApplicationScoped
public class ScenarioComparisons {

    private final ScenarioOverlays overlays;
    private final PersonCalendars calendars;
    private final Bookings bookings;

    public ScenarioComparisons(ScenarioOverlays overlays, PersonCalendars calendars, Bookings bookings) {
        this.overlays = overlays;
        this.calendars = calendars;
        this.bookings = bookings;
    }

    /** Over the whole ISO weeks that [from, to] touches. */
    public ScenarioComparison compare(UUID scenarioId, Period period) {
        PlanOverlay overlay = overlays.of(scenarioId);
        List<IsoWeek> weeks = IsoWeeks.between(period.from(), period.to());
        LocalDate monday = weeks.get(0).monday();
        LocalDate sunday = weeks.get(weeks.size() - 1).sunday();
        Map<UUID, PersonBookings> live = bookings.byPerson(overlay.people(), monday, sunday, null);
        List<PersonWeekDelta> people = new ArrayList<>();
        for (UUID personId : overlay.people()) {
            Person person = Person.findById(personId);
            if (person == null) {
                continue;
            }
            WorkingCalendar calendar = calendars.of(person, monday, sunday);
            PersonBookings before = live.getOrDefault(personId, PersonBookings.none());
            PersonBookings after = overlay.bookingsOf(personId, before);
            List<WeekAvailability> liveWeeks = Availability.weeks(calendar, before.hard(), before.soft(), monday,
                    sunday);
            List<WeekAvailability> scenarioWeeks = Availability.weeks(calendar, after.hard(), after.soft(), monday,
                    sunday);
            for (int w = 0; w < liveWeeks.size(); w++) {
                WeekAvailability was = liveWeeks.get(w);
                WeekAvailability would = scenarioWeeks.get(w);
                if (was.hardHours().compareTo(would.hardHours()) != 0 || was.overallocated() != would.overallocated()) {
                    people.add(new PersonWeekDelta(personId, person.name, was.week(),
                            was.capacityHours().subtract(was.timeOffHours()), was.hardHours(), would.hardHours(),
                            was.overallocated(), would.overallocated()));
                }
            }
        }
        return new ScenarioComparison(scenarioId, period.from(), period.to(), overlay.deltas(weeks), people,
                overlay.projectDeltas(weeks));
    }
}
