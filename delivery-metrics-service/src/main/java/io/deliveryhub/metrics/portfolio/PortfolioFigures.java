package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.deliveryhub.metrics.projectkpi.HealthView;
import io.deliveryhub.metrics.projectkpi.KpiTally;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummary;
import io.deliveryhub.platform.events.ProjectStatuses;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The portfolio's figures from its projects' KPIs on one day, added up from tallies (one per project, or one per
 * group of projects the database added up). Health and risk are judged over the projects in
 * delivery (ACTIVE, ON_HOLD): a proposed or closed project's health says nothing a Head of Delivery acts on.
 * Milestones and client feedback count every filtered project's, whatever its status.
 */
public final class PortfolioFigures {

    static final Set<String> IN_DELIVERY = ProjectStatuses.IN_DELIVERY;
    static final int AT_RISK_LISTED = 10;

    private PortfolioFigures() {
    }

    static ProjectCounts projects(List<KpiTally> tallies) {
        Map<String, Long> byStatus = new TreeMap<>();
        tallies.forEach(tally -> byStatus.merge(tally.status(), tally.projects(), Long::sum));
        return ProjectCounts.of(byStatus);
    }

    static PortfolioKpis.Health health(List<KpiTally> tallies) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ProjectHealth.Status status : ProjectHealth.Status.values()) {
            byStatus.put(status.name(), 0L);
        }
        long inDelivery = 0;
        for (KpiTally tally : tallies) {
            if (IN_DELIVERY.contains(tally.status())) {
                inDelivery += tally.projects();
                byStatus.merge(tally.healthStatus().name(), tally.projects(), Long::sum);
            }
        }
        return new PortfolioKpis.Health(inDelivery, byStatus);
    }

    /** The on-time rate (docs/kpis.md#on-time-rate) over all the projects' milestones: on time / (on time + late). */
    static PortfolioKpis.Milestones milestones(List<KpiTally> tallies) {
        long onTime = tallies.stream().mapToLong(KpiTally::milestonesOnTime).sum();
        long late = tallies.stream().mapToLong(KpiTally::milestonesLate).sum();
        return new PortfolioKpis.Milestones(onTime, late,
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(onTime), BigDecimal.valueOf(onTime + late))));
    }

    /**
     * The share of ACTIVE projects with CPI ≥ 0.95 and SPI ≥ 0.95 ({@link KpiTally#ON_TRACK_INDEX}), among those
     * whose CPI and SPI are both known (a project without time booked or without a plan cannot be judged, and
     * counting it as off track would mislead).
     */
    static PortfolioKpis.CostAndSchedule costAndSchedule(List<KpiTally> tallies) {
        List<KpiTally> active = tallies.stream().filter(tally -> ProjectStatuses.ACTIVE.equals(tally.status())).toList();
        long projects = active.stream().mapToLong(KpiTally::projects).sum();
        long judged = active.stream().mapToLong(KpiTally::judged).sum();
        long onTrack = active.stream().mapToLong(KpiTally::onTrack).sum();
        return new PortfolioKpis.CostAndSchedule(projects, judged, onTrack,
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(judged))));
    }

    /**
     * BAC and AC added up per currency, never across currencies; a project without a budget has no currency of
     * its own and counts in the installation's base currency, the one its time is costed in.
     */
    static List<PortfolioKpis.Budget> budgets(List<KpiTally> tallies, String baseCurrency) {
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        Map<String, Long> counted = new TreeMap<>();
        for (KpiTally tally : tallies) {
            String currency = tally.currency() != null ? tally.currency() : baseCurrency;
            BigDecimal[] sums = totals.computeIfAbsent(currency, key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            sums[0] = sums[0].add(tally.bac());
            sums[1] = sums[1].add(tally.ac());
            counted.merge(currency, tally.projects(), Long::sum);
        }
        return totals.entrySet().stream().map(total -> new PortfolioKpis.Budget(total.getKey(),
                counted.get(total.getKey()), Decimals.money(total.getValue()[0]).toPlainString(),
                Decimals.money(total.getValue()[1]).toPlainString())).toList();
    }

    /** CSAT and NPS (docs/kpis.md) over every response of the projects, not a mean of the projects' figures. */
    static PortfolioKpis.ClientFeedback feedback(List<KpiTally> tallies) {
        long csatSum = tallies.stream().mapToLong(KpiTally::csatSum).sum();
        long csatCount = tallies.stream().mapToLong(KpiTally::csatCount).sum();
        long npsSum = tallies.stream().mapToLong(KpiTally::npsSum).sum();
        long npsCount = tallies.stream().mapToLong(KpiTally::npsCount).sum();
        return new PortfolioKpis.ClientFeedback(
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(csatSum), BigDecimal.valueOf(csatCount))),
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(npsSum), BigDecimal.valueOf(npsCount))),
                csatCount, npsCount);
    }

    /**
     * The projects in delivery whose health loses points, lowest score first (ties by key), at most ten: the ones a
     * Head of Delivery looks at first. A project with nothing against it is not at risk and is not listed.
     */
    static List<ProjectKpiSummary> mostAtRisk(List<ProjectKpiSummary> projects) {
        return projects.stream()
                .filter(project -> IN_DELIVERY.contains(project.status()) && project.healthScore() < 100)
                .sorted(Comparator.comparingInt(ProjectKpiSummary::healthScore)
                        .thenComparing(ProjectKpiSummary::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(AT_RISK_LISTED).toList();
    }

    /** The factors that take points off, the heaviest first (of equal ones, in the health formula's order). */
    static List<HealthView.Factor> reasons(List<HealthView.Factor> factors) {
        return factors.stream().filter(factor -> factor.effect() < 0)
                .sorted(Comparator.comparingInt(HealthView.Factor::effect)).toList();
    }
}
