package io.deliveryhub.metrics.financials;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.financials.RunningTotals.Counted;
import io.deliveryhub.metrics.financials.RunningTotals.KeptRow;
import io.deliveryhub.metrics.financials.RunningTotals.LowMargin;
import io.deliveryhub.metrics.financials.RunningTotals.MonthTally;
import io.deliveryhub.metrics.financials.RunningTotals.Picked;
import io.deliveryhub.metrics.financials.RunningTotals.ProjectNow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Running totals moved by changed projects equal the totals added up from scratch, after any sequence of changes: new
 * figures, a project moving between delivery managers (in and out of a filter), into and out of the pipeline, a
 * probability set or cleared, rows appearing, and a project whose facts moved before its row was computed again.
 */
class RunningTotalsTest {

    private static final List<String> STATUSES = List.of("ACTIVE", "ACTIVE", "COMPLETED", "ON_HOLD", "PROPOSED");
    private static final YearMonth FIRST_MONTH = YearMonth.of(2026, 1);

    @Test
    void movedTotalsEqualTotalsAddedUpFromScratchAfterRandomChanges() {
        for (long seed = 1; seed <= 25; seed++) {
            new Firm(seed, seed % 2 == 0).run(150);
        }
    }

    @Test
    void aMonthStaysWhileAProjectHasItEvenWithNothingInIt() {
        Firm firm = new Firm(7, false);
        UUID first = firm.addProject("ACTIVE", Map.of(FIRST_MONTH, month(0, 0, 0, 0)));
        UUID second = firm.addProject("ACTIVE", Map.of(FIRST_MONTH, month(100, 60, 0, 0)));
        RunningTotals totals = firm.fromScratch();

        firm.projects.put(second, withRow(firm.projects.get(second), firm.row(second, Map.of())));
        totals = firm.moved(totals);

        assertThat(totals.months()).singleElement().satisfies(month -> {
            assertThat(month.month()).isEqualTo(FIRST_MONTH);
            assertThat(month.amounts().actualRevenue()).isEqualByComparingTo("0");
        });
        firm.projects.put(first, withRow(firm.projects.get(first), firm.row(first, Map.of())));
        assertThat(firm.moved(totals).months()).isEmpty();
    }

    @Test
    void aRowCountedThatIsNotKnownAnyMoreMeansAddingUpAgain() {
        Firm firm = new Firm(11, false);
        UUID project = firm.addProject("ACTIVE", Map.of(FIRST_MONTH, month(100, 60, 0, 0)));
        RunningTotals totals = firm.fromScratch();
        firm.projects.put(project, withRow(firm.projects.get(project), firm.row(project, Map.of())));
        firm.replaced.clear();

        Set<UUID> changed = totals.changedSince(firm.picked());

        assertThat(changed).containsExactly(project);
        assertThat(totals.after(changed, firm.now(changed), firm.replaced::get)).isNull();
    }

    @Test
    void theLowestMarginsAreQueriedAgainWhenFewerThanTenOfThoseKeptAreLeft() {
        Firm firm = new Firm(19, false);
        for (int n = 0; n < 30; n++) {
            firm.addProject("ACTIVE", Map.of());
        }
        int listed = PortfolioFinancialsService.LOWEST_MARGINS_LISTED;
        RunningTotals totals = firm.fromScratch().withLowest(firm.lowestFromScratch(listed), listed);
        UUID leaving = totals.lowestMargins().get(0).projectId();
        ProjectNow was = firm.projects.get(leaving);
        firm.factsVersions.merge(leaving, 1L, Long::sum);
        firm.projects.put(leaving, new ProjectNow(leaving, was.key(), was.name(), "PROPOSED", null, true, was.row()));

        RunningTotals moved = firm.moved(totals);

        assertThat(moved.lowestMargins()).isNull();
        assertThat(moved.withLowest(firm.lowestFromScratch(listed), listed).lowestMargins()).hasSize(listed);
    }

    @Test
    void nothingChangedWhenEveryProjectIsAsCounted() {
        Firm firm = new Firm(13, false);
        for (int n = 0; n < 5; n++) {
            firm.addProject("ACTIVE", Map.of(FIRST_MONTH, month(100, 60, 0, 0)));
        }

        assertThat(firm.fromScratch().changedSince(firm.picked())).isEmpty();
    }

    private static ProjectNow withRow(ProjectNow project, KeptRow row) {
        return new ProjectNow(project.projectId(), project.key(), project.name(), project.status(),
                project.probability(), project.picked(), row);
    }

    private static KeptFigures.Month month(long actualRevenue, long actualCost, long forecastRevenue,
            long forecastCost) {
        return new KeptFigures.Month(BigDecimal.valueOf(actualRevenue), BigDecimal.valueOf(actualCost),
                BigDecimal.valueOf(forecastRevenue), BigDecimal.valueOf(forecastCost));
    }

    /** A portfolio of projects changing at random, with the rows they had, and a filter by delivery manager. */
    private static final class Firm {

        private final long seed;
        private final Random random;
        private final UUID manager = UUID.randomUUID();
        private final boolean byManager;
        private final Map<UUID, ProjectNow> projects = new LinkedHashMap<>();
        private final Map<UUID, Long> factsVersions = new HashMap<>();
        private final Map<UUID, UUID> managers = new HashMap<>();
        private final Map<Long, KeptRow> replaced = new HashMap<>();
        private long revisions;

        Firm(long seed, boolean byManager) {
            this.seed = seed;
            this.random = new Random(seed);
            this.byManager = byManager;
        }

        void run(int steps) {
            for (int n = 0; n < 80; n++) {
                addProject(STATUSES.get(random.nextInt(STATUSES.size())), randomMonths());
            }
            RunningTotals totals = fromScratch().withLowest(lowestFromScratch(RunningTotals.CANDIDATES),
                    RunningTotals.CANDIDATES);
            for (int step = 0; step < steps; step++) {
                int changing = 1 + random.nextInt(4);
                for (int n = 0; n < changing; n++) {
                    change(new ArrayList<>(projects.keySet()).get(random.nextInt(projects.size())));
                }
                if (random.nextInt(10) == 0) {
                    addProject(STATUSES.get(random.nextInt(STATUSES.size())), randomMonths());
                }
                RunningTotals moved = moved(totals);
                totals = moved != null ? moved : fromScratch();
                if (totals.lowestMargins() == null) {
                    totals = totals.withLowest(lowestFromScratch(RunningTotals.CANDIDATES), RunningTotals.CANDIDATES);
                }
                assertSameAs(totals, fromScratch(), "seed " + seed + ", step " + step);
                assertThat(totals.lowestMargins()).as("seed %d, step %d", seed, step)
                        .isEqualTo(lowestFromScratch(PortfolioFinancialsService.LOWEST_MARGINS_LISTED).stream()
                                .map(LowMargin::project).toList());
            }
        }

        UUID addProject(String status, Map<YearMonth, KeptFigures.Month> months) {
            UUID projectId = UUID.randomUUID();
            managers.put(projectId, random.nextBoolean() ? manager : UUID.randomUUID());
            factsVersions.put(projectId, 1L);
            projects.put(projectId, new ProjectNow(projectId, "P-" + random.nextInt(10_000), "Project", status,
                    probability(), false, null));
            projects.put(projectId, withRow(picked(projects.get(projectId)), row(projectId, months)));
            return projectId;
        }

        /** One change to a project; its facts version moves with every change, its row not always yet. */
        private void change(UUID projectId) {
            ProjectNow project = projects.get(projectId);
            factsVersions.merge(projectId, 1L, Long::sum);
            switch (random.nextInt(6)) {
                case 0 -> managers.put(projectId, random.nextBoolean() ? manager : UUID.randomUUID());
                case 1 -> project = new ProjectNow(projectId, project.key(), project.name(),
                        STATUSES.get(random.nextInt(STATUSES.size())), project.probability(), false, project.row());
                case 2 -> project = new ProjectNow(projectId, project.key(), project.name(), project.status(),
                        probability(), false, project.row());
                default -> {
                }
            }
            project = picked(project);
            // a row computed again most of the time; else the row counted is stale until a later step
            projects.put(projectId,
                    random.nextInt(5) == 0 ? project : withRow(project, row(projectId, randomMonths())));
        }

        private ProjectNow picked(ProjectNow project) {
            boolean picked = !byManager || manager.equals(managers.get(project.projectId()));
            return new ProjectNow(project.projectId(), project.key(), project.name(), project.status(),
                    project.probability(), picked, project.row());
        }

        KeptRow row(UUID projectId, Map<YearMonth, KeptFigures.Month> months) {
            ProjectNow project = projects.get(projectId);
            if (project != null && project.row() != null) {
                replaced.put(project.row().revision(), project.row());
            }
            BigDecimal revenue = amount();
            BigDecimal cost = amount();
            BigDecimal marginPercent = random.nextInt(8) == 0 ? null : amount().subtract(amount()).movePointLeft(6);
            return new KeptRow(++revisions, new KeptFigures(projectId, factsVersions.get(projectId), revenue, cost,
                    amount(), amount(), marginPercent, random.nextInt(3), months));
        }

        /** Amounts as kept: converted at exchange rates, so up to 34 significant digits. */
        private BigDecimal amount() {
            return new BigDecimal(new BigInteger(100, random), random.nextInt(25));
        }

        private BigDecimal probability() {
            return random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(100), 2);
        }

        private Map<YearMonth, KeptFigures.Month> randomMonths() {
            Map<YearMonth, KeptFigures.Month> months = new TreeMap<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                months.put(FIRST_MONTH.plusMonths(random.nextInt(8)), random.nextInt(6) == 0
                        ? month(0, 0, 0, 0) : new KeptFigures.Month(amount(), amount(), amount(), amount()));
            }
            return months;
        }

        Map<UUID, Picked> picked() {
            Map<UUID, Picked> picked = new HashMap<>();
            projects.values().stream().filter(ProjectNow::picked).forEach(project -> picked.put(project.projectId(),
                    new Picked(factsVersions.get(project.projectId()),
                            project.row() == null ? null : project.row().revision())));
            return picked;
        }

        Map<UUID, ProjectNow> now(Set<UUID> projectIds) {
            Map<UUID, ProjectNow> now = new HashMap<>();
            projectIds.forEach(projectId -> now.put(projectId, projects.get(projectId)));
            return now;
        }

        RunningTotals moved(RunningTotals totals) {
            Set<UUID> changed = totals.changedSince(picked());
            return totals.after(changed, now(changed), replaced::get);
        }

        /** As KeptFinancials' queries add them up. */
        RunningTotals fromScratch() {
            List<ProjectNow> counting = projects.values().stream().filter(ProjectNow::counts).toList();
            BigDecimal zero = BigDecimal.ZERO;
            BigDecimal actualRevenue = zero, actualCost = zero, forecastRevenue = zero, forecastCost = zero;
            BigDecimal pipelineRevenue = zero, pipelineCost = zero;
            long delivery = 0, pipeline = 0, withoutProbability = 0, unconverted = 0;
            NavigableMap<YearMonth, MonthTally> months = new TreeMap<>();
            Map<UUID, Counted> counted = new HashMap<>();
            for (ProjectNow project : counting) {
                KeptFigures row = project.row().figures();
                counted.put(project.projectId(), project.counted());
                unconverted += row.unconverted();
                if (!project.delivery()) {
                    pipeline++;
                    if (project.probability() == null) {
                        withoutProbability++;
                    } else {
                        pipelineRevenue = pipelineRevenue.add(
                                row.actualRevenue().add(row.forecastRevenue()).multiply(project.probability()));
                        pipelineCost = pipelineCost.add(
                                row.actualCost().add(row.forecastCost()).multiply(project.probability()));
                    }
                    continue;
                }
                delivery++;
                actualRevenue = actualRevenue.add(row.actualRevenue());
                actualCost = actualCost.add(row.actualCost());
                forecastRevenue = forecastRevenue.add(row.forecastRevenue());
                forecastCost = forecastCost.add(row.forecastCost());
                row.months().forEach((month, amounts) -> months.merge(month, new MonthTally(1, amounts),
                        (a, b) -> new MonthTally(a.projects() + b.projects(), a.amounts().plus(b.amounts()))));
            }
            return new RunningTotals(new KeptFinancials.Sums(delivery, actualRevenue, actualCost, forecastRevenue,
                    forecastCost, pipeline, withoutProbability, pipelineRevenue, pipelineCost, unconverted), months,
                    null, counted);
        }

        List<LowMargin> lowestFromScratch(int limit) {
            return projects.values().stream()
                    .filter(project -> project.counts() && project.delivery()
                            && project.row().figures().marginPercent() != null)
                    .map(project -> {
                        KeptFigures row = project.row().figures();
                        return new LowMargin(row.marginPercent(), new KeptFinancials.AtCompletion(project.projectId(),
                                project.key(), project.name(), project.status(),
                                row.actualRevenue().add(row.forecastRevenue()),
                                row.actualCost().add(row.forecastCost())));
                    })
                    .sorted(RunningTotals.ORDER).limit(limit).toList();
        }

        private void assertSameAs(RunningTotals moved, RunningTotals fromScratch, String when) {
            KeptFinancials.Sums actual = moved.sums();
            KeptFinancials.Sums expected = fromScratch.sums();
            assertThat(actual).as(when).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
            assertThat(moved.months()).as(when).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(fromScratch.months());
            // counted as they are now, but for the rows not computed again yet
            assertThat(moved.changedSince(picked())).as(when).isEqualTo(fromScratch.changedSince(picked()));
        }
    }
}
