package io.deliveryhub.metrics.workforce;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deliveryhub.metrics.kpi.Utilization;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import io.deliveryhub.metrics.scenario.ScenarioPlan;
import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.platform.workforce.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The {@link Workforce} of the people announced on deliveryhub.resources.v1. One statement picks the people (those
 * active in the period, and anyone who logged hours in it, as {@link WorkforceTally} counts them) and
 * sums each one's logged and billable hours in the period from their hours per day (V7, kept by a trigger on the
 * entries, REJECTED ones left out);
 * time off and HARD allocations are read for the period in one statement each; {@link WorkforceTally} does the
 * arithmetic.
 * <p>
 * The figures of everyone or of a practice are kept per period until the {@link WorkforceFactsVersion} moves by a
 * change that counts on or before the period's last day: a
 * portfolio read needs every person's days of the period, and they change only with resources events, far less
 * often than they are read. Figures of the people staffed on a delivery manager's or a
 * client's projects vary with the projects and are computed each time.
 */
@ApplicationScoped
public class WorkforceRepository implements Workforce {

    private static final String PEOPLE = """
            select p.id, p.name, p.practice, p.title, p.capacity_hours_per_week, p.active_from, p.active_to,
                   logged.hours, logged.billable
            from person p
            cross join lateral (
                select sum(d.hours) as hours, sum(d.billable_hours) as billable
                from person_day_hours d
                where d.person_id = p.id and d.day between :from and :to
            ) logged
            where ((p.active_from is null or p.active_from <= :to) and (p.active_to is null or p.active_to >= :from)
                   or coalesce(logged.hours, 0) > 0)""";
    private static final String OF_PRACTICE = "\n  and p.practice = :practice";
    private static final String ON_PROJECTS = """

              and p.id in (select a.person_id from person_allocation a
                           where a.project_id in (:projectIds) and a.booking = 'HARD' and a.status = 'ACTIVE'
                             and a.from_date <= :to and a.to_date >= :from)""";

    /** Periods and practices asked for: a handful (the portfolio asks for the last 4 weeks). */
    private static final int KEPT = 64;

    private final Session session;
    private final WorkforceFacts facts;
    private final WorkforceFactsVersion version;
    private final BigDecimal benchThreshold;
    private final Cache<Period, Kept> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

    public WorkforceRepository(Session session, WorkforceFacts facts, WorkforceFactsVersion version,
            @ConfigProperty(name = "deliveryhub.bench.threshold", defaultValue = WorkingTime.DEFAULT_BENCH_THRESHOLD)
            BigDecimal benchThreshold) {
        this.session = session;
        this.facts = facts;
        this.version = version;
        this.benchThreshold = benchThreshold;
    }

    /**
     * Figures computed after reading version v are never older than v (every change moves the version in its own
     * transaction, and the facts are read after it), so they serve any later read that finds v still current.
     */
    private record Kept(long version, WorkforceFigures figures) {
    }

    private record Period(LocalDate from, LocalDate to, String practice) {
    }

    @Override
    @Transactional
    public WorkforceFigures over(LocalDate from, LocalDate to, String practice, Collection<UUID> projectIds) {
        if (projectIds != null) {
            return compute(from, to, practice, projectIds);
        }
        long current = version.current();
        Period period = new Period(from, to, practice);
        Kept known = kept.getIfPresent(period);
        if (known != null && known.version() == current) {
            return known.figures();
        }
        if (known != null && version.holds(known.version(), to)) {
            // still right at the count read, so the next read compares counts only
            kept.put(period, new Kept(current, known.figures()));
            return known.figures();
        }
        WorkforceFigures figures = compute(from, to, practice, null);
        kept.put(period, new Kept(current, figures));
        return figures;
    }

    @Override
    @Transactional
    public List<MeasuredPerson> people(LocalDate from, LocalDate to, String practice, BigDecimal threshold) {
        List<MeasuredPerson> people = new ArrayList<>();
        read(from, to, practice, null, (row, facts) -> PersonFigures.of(facts, from, to, threshold)
                .ifPresent(figures -> people.add(new MeasuredPerson(row.uuid("id"), row.text("name"),
                        row.text("practice"), row.text("title"), figures))));
        return people;
    }

    @Override
    @Transactional
    public ScenarioWorkforce scenario(LocalDate from, LocalDate to, String practice, BigDecimal threshold,
            ScenarioPlan plan) {
        List<MeasuredPerson> people = new ArrayList<>();
        List<PersonPlanChange> changes = new ArrayList<>();
        List<PersonWeekChange> weeks = new ArrayList<>();
        Set<UUID> touched = plan.people();
        read(from, to, practice, null, (row, live) -> {
            UUID id = row.uuid("id");
            if (!touched.contains(id)) {
                PersonFigures.of(live, from, to, threshold).ifPresent(figures -> people.add(new MeasuredPerson(id,
                        row.text("name"), row.text("practice"), row.text("title"), figures)));
                return;
            }
            PersonFacts scenario = new PersonFacts(live.weeklyCapacity(), live.activeFrom(), live.activeTo(),
                    live.timeOff(), live.logged(), live.billable(), plan.applyTo(live.hardAllocations(),
                            booked -> booked.hard() && id.equals(booked.personId()),
                            booked -> new WeeklyAllocation.Allocation(booked.from(), booked.to(),
                                    booked.hoursPerWeek(), true),
                            WorkforceRepository::sameBooking));
            PersonFigures.of(scenario, from, to, threshold).ifPresent(figures -> {
                people.add(new MeasuredPerson(id, row.text("name"), row.text("practice"), row.text("title"),
                        figures));
                PersonFigures before = PersonFigures.of(live, from, to, threshold).orElseThrow();
                if (before.hardHours().compareTo(figures.hardHours()) != 0) {
                    changes.add(PersonPlanChange.of(id, row.text("name"), before, figures));
                }
                weeks.addAll(PersonWeekChange.of(id, row.text("name"), live, scenario, from, to, threshold));
            });
        });
        return new ScenarioWorkforce(people, changes, weeks);
    }

    @Override
    public BigDecimal benchThreshold() {
        return benchThreshold;
    }

    /** The view's allocations have no ids: equal bookings count alike, so any one of them stands for the other. */
    private static boolean sameBooking(WeeklyAllocation.Allocation a, WeeklyAllocation.Allocation b) {
        return a.from().equals(b.from()) && a.to().equals(b.to()) && a.hoursPerWeek().compareTo(b.hoursPerWeek()) == 0
                && a.hard() == b.hard();
    }

    private WorkforceFigures compute(LocalDate from, LocalDate to, String practice, Collection<UUID> projectIds) {
        WorkforceTally tally = new WorkforceTally(from, to, benchThreshold);
        read(from, to, practice, projectIds, (row, facts) -> tally.add(facts));
        return tally.figures();
    }

    /** Hands each person picked, with their facts over the period, to {@code each}. */
    private void read(LocalDate from, LocalDate to, String practice, Collection<UUID> projectIds,
            BiConsumer<Columns, PersonFacts> each) {
        if (projectIds != null && projectIds.isEmpty()) {
            return;
        }
        NativeQuery<Tuple> query = session.createNativeQuery(PEOPLE + (practice == null ? "" : OF_PRACTICE)
                + (projectIds == null ? "" : ON_PROJECTS), Tuple.class)
                .setParameter("from", from).setParameter("to", to);
        if (practice != null) {
            query.setParameter("practice", practice);
        }
        if (projectIds != null) {
            query.setParameterList("projectIds", projectIds);
        }
        List<Columns> people = query.getResultList().stream().map(Columns::of).toList();
        if (people.isEmpty()) {
            return;
        }
        Map<UUID, List<Utilization.TimeOff>> timeOff = facts.timeOff(from, to);
        Map<UUID, List<WeeklyAllocation.Allocation>> allocations = facts.hardAllocations(from, to);
        for (Columns row : people) {
            UUID id = row.uuid("id");
            each.accept(row, new PersonFacts(row.decimal("capacity_hours_per_week"), row.date("active_from"),
                    row.date("active_to"), timeOff.getOrDefault(id, List.of()), row.decimal("hours"),
                    row.decimal("billable"), allocations.getOrDefault(id, List.of())));
        }
    }
}
