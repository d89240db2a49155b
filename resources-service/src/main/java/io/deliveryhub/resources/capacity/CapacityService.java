package io.deliveryhub.resources.capacity;

import io.deliveryhub.platform.events.ProjectStatuses;
import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.resources.availability.Availability;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.Period;
import io.deliveryhub.resources.availability.WeekAvailability;
import io.deliveryhub.resources.availability.Workforce;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.scenario.PlanOverlay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads supply and demand for a period in a few set-based queries and lays them out in a {@link CapacityPlan}. */
@ApplicationScoped
public class CapacityService {

    private final Workforce workforce;
    private final EntityManager entityManager;

    public CapacityService(Workforce workforce, EntityManager entityManager) {
        this.workforce = workforce;
        this.entityManager = entityManager;
    }

    /** @param scenario the live plan ({@link PlanOverlay#NONE}) or a scenario's changes over it */
    public CapacityView capacity(Period period, CapacityGroupBy groupBy, PlanOverlay scenario) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        List<IsoWeek> isoWeeks = IsoWeeks.between(from, to);
        List<LocalDate[]> ranges = new ArrayList<>();
        List<String> weeks = new ArrayList<>();
        for (IsoWeek week : isoWeeks) {
            weeks.add(week.toString());
            ranges.add(new LocalDate[] { max(week.monday(), from), min(week.sunday(), to) });
        }
        CapacityPlan plan = new CapacityPlan(weeks);
        Workforce.Staff staff = workforce.activeBetween(from, to, null);
        Map<UUID, List<String>> skills = groupBy == CapacityGroupBy.skill ? personSkills() : Map.of();
        Map<UUID, Person> people = new HashMap<>();
        for (Person person : staff.people()) {
            people.put(person.id, person);
            List<WeekAvailability> availability = Availability.weeks(staff.weeksOf(person),
                    scenario.bookingsOf(person.id, staff.bookingsOf(person.id)).hard(), List.of());
            for (String group : groupsOf(person, groupBy, skills)) {
                for (int w = 0; w < availability.size(); w++) {
                    WeekAvailability week = availability.get(w);
                    plan.supply(group, w, week.capacityHours().subtract(week.timeOffHours()).subtract(week.hardHours()));
                }
            }
        }
        addRequests(plan, groupBy, ranges, from, to);
        addAllocations(plan, groupBy, ranges, people, skills, from, to);
        ScenarioDemand.add(plan, scenario, groupBy, ranges, people, skills);
        addPipeline(plan, groupBy, ranges, from, to);
        return new CapacityView(from, to, groupBy, weeks, plan.groups());
    }

    private void addRequests(CapacityPlan plan, CapacityGroupBy groupBy, List<LocalDate[]> ranges, LocalDate from,
            LocalDate to) {
        List<Demand> requests = demand("""
                select r.id, r.role, r.hours_per_week, r.from_date, r.to_date, p.status, p.probability, p.practice
                from resource_request r join known_project p on p.id = r.project_id
                where r.status = 'OPEN' and r.from_date <= :to and r.to_date >= :from""", from, to);
        Map<UUID, List<String>> requiredSkills = groupBy == CapacityGroupBy.skill ? requiredSkills() : Map.of();
        for (Demand request : requests) {
            List<String> groups = switch (groupBy) {
                case role -> single(request.role());
                case practice -> single(request.practice());
                case skill -> requiredSkills.getOrDefault(request.id(), single(null));
            };
            addDemand(plan, groups, DemandKind.REQUESTS, request, ranges);
        }
    }

    /** Placeholder allocations (either booking) and SOFT person allocations are demand not yet committed. */
    private void addAllocations(CapacityPlan plan, CapacityGroupBy groupBy, List<LocalDate[]> ranges,
            Map<UUID, Person> people, Map<UUID, List<String>> skills, LocalDate from, LocalDate to) {
        List<Demand> allocations = demand("""
                select a.person_id as id, a.placeholder_role as role, a.hours_per_week, a.from_date, a.to_date,
                       p.status, p.probability, p.practice
                from allocation a join known_project p on p.id = a.project_id
                where a.status = 'ACTIVE' and (a.person_id is null or a.booking = 'SOFT')
                  and a.from_date <= :to and a.to_date >= :from""", from, to);
        for (Demand allocation : allocations) {
            UUID personId = allocation.id();
            List<String> groups;
            if (personId == null) {
                groups = switch (groupBy) {
                    case role -> single(allocation.role());
                    case practice -> single(allocation.practice());
                    case skill -> single(null);
                };
            } else {
                Person person = people.get(personId);
                groups = person == null ? single(null) : groupsOf(person, groupBy, skills);
            }
            addDemand(plan, groups, personId == null ? DemandKind.PLACEHOLDERS : DemandKind.SOFT, allocation,
                    ranges);
        }
    }

    /**
     * The role demand of CRM opportunities still PROPOSED, as pipeline hours apart from the rest; by skill, a line
     * counts for each skill it names (docs/pipeline-demand.md).
     */
    private void addPipeline(CapacityPlan plan, CapacityGroupBy groupBy, List<LocalDate[]> ranges, LocalDate from,
            LocalDate to) {
        String grouped = switch (groupBy) {
            case role -> "d.role";
            case practice -> "p.practice";
            case skill -> "coalesce(k.name, s.value ->> 'skill')";
        };
        // By the catalogue's spelling where the CRM's names a catalogue skill, so pipeline and supply share a row.
        String skills = groupBy == CapacityGroupBy.skill
                ? "left join lateral jsonb_array_elements(d.skills) s on true"
                        + " left join skill k on lower(k.name) = lower(s.value ->> 'skill')"
                : "";
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("select " + grouped + """
                 as grouped, d.hours_per_week, d.from_date, d.to_date, p.probability
                from pipeline_demand d join known_project p on p.id = d.project_id
                """ + skills + """
                 where p.status = :proposed and d.from_date <= :to and d.to_date >= :from""", Tuple.class)
                .setParameter("proposed", ProjectStatuses.PROPOSED).setParameter("from", from).setParameter("to", to)
                .getResultList();
        for (Columns row : rows.stream().map(Columns::of).toList()) {
            BookedHours booked = new BookedHours(row.date("from_date"), row.date("to_date"),
                    row.decimal("hours_per_week"));
            for (int w = 0; w < ranges.size(); w++) {
                BigDecimal hours = booked.between(ranges.get(w)[0], ranges.get(w)[1]);
                if (hours.signum() > 0) {
                    plan.pipeline(row.text("grouped"), w, hours, row.decimal("probability"));
                }
            }
        }
    }

    /**
     * An open request or an uncommitted allocation over the period, with its project's status and win probability.
     *
     * @param id the request's id, or the allocation's person (null for a placeholder)
     */
    private record Demand(UUID id, String role, BookedHours booked, String projectStatus, BigDecimal probability,
            String practice) {

        static Demand of(Columns row) {
            return new Demand(row.uuid("id"), row.text("role"), new BookedHours(row.date("from_date"),
                    row.date("to_date"), row.decimal("hours_per_week")), row.text("status"),
                    row.decimal("probability"), row.text("practice"));
        }
    }

    private List<Demand> demand(String sql, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
        return rows.stream().map(Columns::of).map(Demand::of).toList();
    }

    private static void addDemand(CapacityPlan plan, List<String> groups, DemandKind kind, Demand demand,
            List<LocalDate[]> ranges) {
        boolean proposed = ProjectStatuses.isProposal(demand.projectStatus());
        for (int w = 0; w < ranges.size(); w++) {
            BigDecimal hours = demand.booked().between(ranges.get(w)[0], ranges.get(w)[1]);
            if (hours.signum() > 0) {
                for (String group : groups) {
                    plan.demand(group, w, kind, hours, proposed, demand.probability());
                }
            }
        }
    }

    static List<String> groupsOf(Person person, CapacityGroupBy groupBy, Map<UUID, List<String>> skills) {
        return switch (groupBy) {
            case role -> single(person.title);
            case practice -> single(person.practice);
            case skill -> skills.getOrDefault(person.id, single(null));
        };
    }

    private Map<UUID, List<String>> personSkills() {
        return namesBy("select ps.person_id as id, s.name from person_skill ps join skill s on s.id = ps.skill_id");
    }

    private Map<UUID, List<String>> requiredSkills() {
        return namesBy("""
                select rs.request_id as id, s.name from resource_request_skill rs join skill s on s.id = rs.skill_id
                join resource_request r on r.id = rs.request_id where r.status = 'OPEN'""");
    }

    private Map<UUID, List<String>> namesBy(String sql) {
        Map<UUID, List<String>> names = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).getResultList();
        for (Columns row : rows.stream().map(Columns::of).toList()) {
            names.computeIfAbsent(row.uuid("id"), id -> new ArrayList<>()).add(row.text("name"));
        }
        return names;
    }

    static List<String> single(String group) {
        List<String> groups = new ArrayList<>(1);
        groups.add(group);
        return groups;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
