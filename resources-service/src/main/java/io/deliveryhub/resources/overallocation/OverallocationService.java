package io.deliveryhub.resources.overallocation;

import io.deliveryhub.resources.allocation.Overallocation;
import io.deliveryhub.resources.allocation.OverbookedWeek;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.Period;
import io.deliveryhub.resources.availability.Workforce;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.scenario.PlanOverlay;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Who is over-allocated when, for the whole workforce: the rule a HARD booking is refused by, judged over whole ISO
 * weeks as it is, read in the few set-based queries of {@link Workforce} whatever the head count.
 */
@ApplicationScoped
public class OverallocationService {

    private final Workforce workforce;

    public OverallocationService(Workforce workforce) {
        this.workforce = workforce;
    }

    /**
     * @param practice only people of this practice (case-insensitive), or null for everyone
     * @param scenarioId the scenario {@code scenario} comes from, or null for the live plan
     * @param scenario the live plan ({@link PlanOverlay#NONE}) or a scenario's changes over it
     */
    public OverallocationView of(Period period, String practice, UUID scenarioId, PlanOverlay scenario) {
        List<IsoWeek> weeks = IsoWeeks.between(period.from(), period.to());
        Workforce.Staff staff = workforce.activeBetween(weeks.get(0).monday(), weeks.get(weeks.size() - 1).sunday(),
                practice);
        List<OverallocatedPerson> people = new ArrayList<>();
        for (Person person : staff.people()) {
            List<BookedHours> hard = scenario.bookingsOf(person.id, staff.bookingsOf(person.id)).hard();
            if (hard.isEmpty()) {
                continue;
            }
            List<OverbookedWeek> overbooked = Overallocation.weeksOf(staff.weeksOf(person), hard);
            if (!overbooked.isEmpty()) {
                people.add(new OverallocatedPerson(person.id, person.name, person.practice, overbooked));
            }
        }
        people.sort(Comparator.comparing(OverallocatedPerson::name).thenComparing(OverallocatedPerson::personId));
        return new OverallocationView(period.from(), period.to(), scenarioId, people);
    }
}
