package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.alert.AlertRule;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.kpi.Utilization;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * A person whose HARD allocations book more than the threshold (default 1.10) times a week's capacity after time
 * off, in the current ISO week or one of the next {@code weeks-ahead} (default 12). resources-service refuses such
 * bookings unless explicitly allowed, and time off recorded later can make an accepted booking too much, so the
 * alert says who and which weeks. Its subject is the person; it belongs to no single project. People not (yet)
 * announced have no known capacity and are not judged.
 */
@ApplicationScoped
public class PersonOverallocatedRule implements AlertRule {

    static final String NAME = "PERSON_OVERALLOCATED";

    private final Session session;
    private final WorkforceFacts facts;
    private final BigDecimal threshold;
    private final int weeksAhead;

    public PersonOverallocatedRule(Session session, WorkforceFacts facts,
            @ConfigProperty(name = "deliveryhub.alerts.person-overallocated.threshold", defaultValue = "1.10")
            BigDecimal threshold,
            @ConfigProperty(name = "deliveryhub.alerts.person-overallocated.weeks-ahead", defaultValue = "12")
            int weeksAhead) {
        this.session = session;
        this.facts = facts;
        this.threshold = threshold;
        this.weeksAhead = weeksAhead;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        LocalDate from = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = from.plusWeeks(weeksAhead).plusDays(4);
        Map<UUID, List<WeeklyAllocation.Allocation>> allocations = facts.hardAllocations(from, to);
        if (allocations.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Utilization.TimeOff>> timeOff = facts.timeOff(from, to);
        List<Breach> breaches = new ArrayList<>();
        for (Object[] person : session.createNativeQuery(
                "select id, name, capacity_hours_per_week from person where id in (:ids)", Object[].class)
                .setParameterList("ids", allocations.keySet()).getResultList()) {
            UUID id = (UUID) person[0];
            Overallocation overallocation = Overallocation.of(day, weeksAhead, threshold, (BigDecimal) person[2],
                    timeOff.getOrDefault(id, List.of()), allocations.get(id));
            if (overallocation.any()) {
                breaches.add(new Breach(NAME, id, null, overallocation.describe((String) person[1]),
                        overallocation.worstRatio(), threshold));
            }
        }
        return breaches;
    }
}
