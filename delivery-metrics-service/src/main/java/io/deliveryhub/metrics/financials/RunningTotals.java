package io.deliveryhub.metrics.financials;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * A portfolio's totals (the sums, the months, the projects with the lowest margins) together with which kept row of
 * each project they counted, so that when a few projects change the totals move by their new rows minus the rows
 * counted, instead of every row being added up again. Amounts are unrounded and only added and subtracted, which is
 * exact, so the totals equal those added up from scratch.
 */
final class RunningTotals {

    /** How many of the lowest margins are kept in order, so that a project leaving the ten rarely means a new query. */
    static final int CANDIDATES = 40;

    /** Where a project's row counted: which revision, of which facts version, and as delivery or pipeline. */
    record Counted(long revision, long factsVersion, boolean delivery, BigDecimal probability) {
    }

    /** A kept row of a project's figures, and its revision (new with every write of the row). */
    record KeptRow(long revision, KeptFigures figures) {
    }

    /**
     * A project as it is now: whether the filter picks it, the facts of it the totals use, and its kept row (null
     * while it has none).
     */
    record ProjectNow(UUID projectId, String key, String name, String status, BigDecimal probability,
            boolean picked, KeptRow row) {

        boolean counts() {
            return picked && row != null;
        }

        boolean delivery() {
            return inDelivery(status);
        }

        Counted counted() {
            return new Counted(row.revision(), row.figures().factsVersion(), delivery(), probability);
        }
    }

    /** A month's amounts and how many projects have the month (a month none has any more is left out). */
    record MonthTally(long projects, KeptFigures.Month amounts) {
    }

    /** A candidate for the lowest margins: its margin % at completion orders it, then its key. */
    record LowMargin(BigDecimal marginPercent, KeptFinancials.AtCompletion project) {
    }

    /**
     * The lowest margins in order; complete when they are every candidate project, else every other one comes after
     * the last of them.
     */
    record Lowest(List<LowMargin> candidates, boolean complete) {
    }

    /** As KeptFinancials' queries tell delivery from the pipeline ({@code status is distinct from 'PROPOSED'}). */
    static boolean inDelivery(String status) {
        return !"PROPOSED".equals(status);
    }

    // Keys compare as PostgreSQL's collation "C" compares them (KeptFinancials' query), byte-wise for ASCII keys.
    static final Comparator<LowMargin> ORDER = Comparator.comparing(LowMargin::marginPercent)
            .thenComparing(low -> low.project().key(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final KeptFinancials.Sums sums;
    private final NavigableMap<YearMonth, MonthTally> months;
    private final Lowest lowest;
    private final Map<UUID, Counted> counted;

    /**
     * @param lowest  null when not known
     * @param counted null when the rows counted are not known: the totals cannot move, only be added up again
     */
    RunningTotals(KeptFinancials.Sums sums, NavigableMap<YearMonth, MonthTally> months, Lowest lowest,
            Map<UUID, Counted> counted) {
        this.sums = sums;
        this.months = months;
        this.lowest = lowest;
        this.counted = counted;
    }

    KeptFinancials.Sums sums() {
        return sums;
    }

    List<KeptFinancials.MonthSums> months() {
        return months.entrySet().stream()
                .map(month -> new KeptFinancials.MonthSums(month.getKey(), month.getValue().amounts())).toList();
    }

    /** The ten lowest, or null when not known. */
    List<KeptFinancials.AtCompletion> lowestMargins() {
        return lowest == null ? null : lowest.candidates().stream()
                .limit(PortfolioFinancialsService.LOWEST_MARGINS_LISTED).map(LowMargin::project).toList();
    }

    /** @param fetched the first {@code asked} (or fewer) of the candidates in order */
    RunningTotals withLowest(List<LowMargin> fetched, int asked) {
        return new RunningTotals(sums, months, new Lowest(List.copyOf(fetched), fetched.size() < asked), counted);
    }

    boolean movable() {
        return counted != null;
    }

    /**
     * A project a filter picks, its facts version and the revision of its kept row (null while it has none).
     */
    record Picked(long factsVersion, Long revision) {
    }

    /**
     * The projects whose rows may have changed since they were counted: picked now and not counted, or counted from
     * another row or another facts version than the project's now, or counted and not picked any more.
     *
     * @param picked each project the filter picks now
     */
    Set<UUID> changedSince(Map<UUID, Picked> picked) {
        Set<UUID> changed = new HashSet<>();
        picked.forEach((projectId, now) -> {
            Counted was = counted.get(projectId);
            if (was == null || now.revision() == null || was.revision() != now.revision()
                    || was.factsVersion() != now.factsVersion()) {
                changed.add(projectId);
            }
        });
        counted.keySet().stream().filter(projectId -> !picked.containsKey(projectId)).forEach(changed::add);
        return changed;
    }

    /**
     * The totals with these projects' rows counted as they are now in place of those counted before.
     *
     * @param now      the changed projects as they are now; one missing is no longer in the portfolio
     * @param replaced a row counted before that has since been replaced, by revision; null when not known
     * @return null when a row counted before is not known any more: the totals must be added up again
     */
    RunningTotals after(Set<UUID> changed, Map<UUID, ProjectNow> now, LongFunction<KeptRow> replaced) {
        Tally tally = new Tally(sums, new TreeMap<>(months));
        Map<UUID, Counted> nowCounted = new HashMap<>(counted);
        for (UUID projectId : changed) {
            ProjectNow project = now.get(projectId);
            Counted was = nowCounted.remove(projectId);
            if (was != null) {
                KeptRow row = project != null && project.row() != null && project.row().revision() == was.revision()
                        ? project.row() : replaced.apply(was.revision());
                if (row == null) {
                    return null;
                }
                tally.count(row.figures(), was.delivery(), was.probability(), false);
            }
            if (project != null && project.counts()) {
                tally.count(project.row().figures(), project.delivery(), project.probability(), true);
                nowCounted.put(projectId, project.counted());
            }
        }
        return new RunningTotals(tally.sums(), tally.months, lowest == null ? null : lowestAfter(changed, now),
                nowCounted);
    }

    private Lowest lowestAfter(Set<UUID> changed, Map<UUID, ProjectNow> now) {
        List<LowMargin> candidates = new ArrayList<>(lowest.candidates());
        candidates.removeIf(low -> changed.contains(low.project().projectId()));
        boolean complete = lowest.complete();
        // every project left out comes after the last candidate, so one that changed enters only before it
        LowMargin last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        for (ProjectNow project : now.values()) {
            LowMargin low = candidate(project);
            if (low != null && changed.contains(project.projectId())
                    && (complete || last != null && ORDER.compare(low, last) < 0)) {
                candidates.add(low);
            }
        }
        candidates.sort(ORDER);
        if (candidates.size() > CANDIDATES) {
            candidates = candidates.subList(0, CANDIDATES);
            complete = false;
        }
        if (!complete && candidates.size() < PortfolioFinancialsService.LOWEST_MARGINS_LISTED) {
            return null;
        }
        return new Lowest(List.copyOf(candidates), complete);
    }

    private static LowMargin candidate(ProjectNow project) {
        if (!project.counts() || !project.delivery() || project.row().figures().marginPercent() == null) {
            return null;
        }
        KeptFigures figures = project.row().figures();
        return new LowMargin(figures.marginPercent(), new KeptFinancials.AtCompletion(project.projectId(),
                project.key(), project.name(), project.status(),
                figures.actualRevenue().add(figures.forecastRevenue()),
                figures.actualCost().add(figures.forecastCost())));
    }

    /** The sums being moved, row by row, as KeptFinancials' query adds them up. */
    private static final class Tally {

        private long projects;
        private BigDecimal actualRevenue;
        private BigDecimal actualCost;
        private BigDecimal forecastRevenue;
        private BigDecimal forecastCost;
        private long pipelineProjects;
        private long withoutProbability;
        private BigDecimal pipelineRevenue;
        private BigDecimal pipelineCost;
        private long unconverted;
        private final NavigableMap<YearMonth, MonthTally> months;

        Tally(KeptFinancials.Sums sums, NavigableMap<YearMonth, MonthTally> months) {
            projects = sums.projects();
            actualRevenue = sums.actualRevenue();
            actualCost = sums.actualCost();
            forecastRevenue = sums.forecastRevenue();
            forecastCost = sums.forecastCost();
            pipelineProjects = sums.pipelineProjects();
            withoutProbability = sums.withoutProbability();
            pipelineRevenue = sums.pipelineRevenue();
            pipelineCost = sums.pipelineCost();
            unconverted = sums.unconverted();
            this.months = months;
        }

        /** Counts a row in (or, {@code in} false, out): delivery in the sums and months, PROPOSED in the pipeline. */
        void count(KeptFigures row, boolean delivery, BigDecimal probability, boolean in) {
            int sign = in ? 1 : -1;
            unconverted += sign * (long) row.unconverted();
            if (!delivery) {
                pipelineProjects += sign;
                if (probability == null) {
                    withoutProbability += sign;
                } else {
                    pipelineRevenue = plus(pipelineRevenue,
                            row.actualRevenue().add(row.forecastRevenue()).multiply(probability), in);
                    pipelineCost = plus(pipelineCost, row.actualCost().add(row.forecastCost()).multiply(probability),
                            in);
                }
                return;
            }
            projects += sign;
            actualRevenue = plus(actualRevenue, row.actualRevenue(), in);
            actualCost = plus(actualCost, row.actualCost(), in);
            forecastRevenue = plus(forecastRevenue, row.forecastRevenue(), in);
            forecastCost = plus(forecastCost, row.forecastCost(), in);
            row.months().forEach((month, amounts) -> {
                MonthTally was = months.get(month);
                long counting = (was == null ? 0 : was.projects()) + sign;
                KeptFigures.Month moved = was == null ? amounts
                        : in ? was.amounts().plus(amounts) : minus(was.amounts(), amounts);
                if (counting == 0) {
                    months.remove(month);
                } else {
                    months.put(month, new MonthTally(counting, moved));
                }
            });
        }

        KeptFinancials.Sums sums() {
            return new KeptFinancials.Sums(projects, actualRevenue, actualCost, forecastRevenue, forecastCost,
                    pipelineProjects, withoutProbability, pipelineRevenue, pipelineCost, unconverted);
        }

        private static BigDecimal plus(BigDecimal total, BigDecimal amount, boolean in) {
            return in ? total.add(amount) : total.subtract(amount);
        }

        private static KeptFigures.Month minus(KeptFigures.Month from, KeptFigures.Month amounts) {
            return new KeptFigures.Month(from.actualRevenue().subtract(amounts.actualRevenue()),
                    from.actualCost().subtract(amounts.actualCost()),
                    from.forecastRevenue().subtract(amounts.forecastRevenue()),
                    from.forecastCost().subtract(amounts.forecastCost()));
        }
    }
}
