package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.scenario.ScenarioPlan;
import io.deliveryhub.platform.problem.BadRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-person and per-group utilization and bench views. This service is the one owner of these figures
 * (docs/architecture.md#one-owner-per-figure): the portfolio's people block adds up the same {@link PersonFigures}.
 */
@ApplicationScoped
public class WorkforceViews {

    /** A view over more than about two years is a reporting job, not an API call. */
    static final long MAX_DAYS = 800;

    private static final String NO_GROUP = "\u0000none";

    private final Workforce workforce;

    public WorkforceViews(Workforce workforce) {
        this.workforce = workforce;
    }

    /**
     * One row per group (people by name, groups by group, those without one last), then the total; for a scenario,
     * with its HARD allocations (which move onBench), and its changes per person and ISO week.
     */
    public UtilizationReport utilization(LocalDate from, LocalDate to, UtilizationGrouping grouping,
            ScenarioPlan plan) {
        checkSpan(from, to);
        if (plan.isLive()) {
            return utilization(from, to, grouping, workforce.people(from, to, null, workforce.benchThreshold()),
                    null);
        }
        ScenarioWorkforce scenario = workforce.scenario(from, to, null, workforce.benchThreshold(), plan);
        return utilization(from, to, grouping, scenario.people(), new ScenarioDeltas(plan.id(), plan.name(),
                scenario.changes(), scenario.weeks()));
    }

    private UtilizationReport utilization(LocalDate from, LocalDate to, UtilizationGrouping grouping,
            List<MeasuredPerson> measured, ScenarioDeltas deltas) {
        List<MeasuredPerson> people = measured.stream()
                .sorted(Comparator.comparing(MeasuredPerson::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<String, Group> groups = new LinkedHashMap<>();
        WorkforceTally total = new WorkforceTally(from, to, workforce.benchThreshold());
        for (MeasuredPerson person : people) {
            String group = switch (grouping) {
                case PERSON -> person.personId().toString();
                case PRACTICE -> person.practice();
                case ROLE -> person.title();
            };
            String name = grouping == UtilizationGrouping.PERSON ? person.name() : group;
            groups.computeIfAbsent(Objects.requireNonNullElse(group, NO_GROUP),
                    key -> new Group(group, name, new WorkforceTally(from, to, workforce.benchThreshold())))
                    .tally().add(person.figures());
            total.add(person.figures());
        }
        List<UtilizationRow> rows = groups.values().stream()
                .map(group -> UtilizationRow.of(group.group(), group.name(), group.tally().figures())).toList();
        if (grouping != UtilizationGrouping.PERSON) {
            rows = rows.stream().sorted(Comparator.comparing(UtilizationRow::group,
                    Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        }
        return new UtilizationReport(from, to, grouping.name().toLowerCase(Locale.ROOT), rows,
                UtilizationRow.of(null, "all", total.figures()), deltas);
    }

    /**
     * @param threshold the share of capacity to stay under, or null for the configured one
     * @param practice  only this practice (exact name), or null for everyone
     * @param plan      the live plan, or a scenario's: its HARD allocations count, and its changes are listed
     */
    public BenchView bench(LocalDate from, LocalDate to, BigDecimal threshold, String practice, ScenarioPlan plan) {
        checkSpan(from, to);
        BigDecimal applied = threshold != null ? threshold : workforce.benchThreshold();
        List<MeasuredPerson> people;
        ScenarioDeltas deltas = null;
        if (plan.isLive()) {
            people = workforce.people(from, to, practice, applied);
        } else {
            ScenarioWorkforce scenario = workforce.scenario(from, to, practice, applied, plan);
            people = scenario.people();
            deltas = new ScenarioDeltas(plan.id(), plan.name(), scenario.changes(), null);
        }
        List<BenchEntry> entries = people.stream()
                .filter(person -> person.figures().onBench())
                .map(BenchEntry::of)
                .sorted(Comparator.comparing(BenchEntry::allocation)
                        .thenComparing(BenchEntry::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(BenchEntry::personId))
                .toList();
        return new BenchView(from, to, applied, entries, deltas);
    }

    private static void checkSpan(LocalDate from, LocalDate to) {
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BadRequest.ofField("to", "the period may span at most " + MAX_DAYS + " days");
        }
    }

    private record Group(String group, String name, WorkforceTally tally) {
    }
}
