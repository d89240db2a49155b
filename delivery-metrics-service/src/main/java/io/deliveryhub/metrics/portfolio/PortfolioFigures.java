package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.deliveryhub.metrics.projectkpi.HealthView;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummary;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The portfolio's figures from its projects' KPIs on one day. Health and risk are judged over the projects in
 * delivery (ACTIVE, ON_HOLD): a proposed or closed project's health says nothing a Head of Delivery acts on.
 * Milestones and client feedback count every filtered project's, whatever its status.
 */
public final class PortfolioFigures {

    static final Set<String> IN_DELIVERY = Set.of("ACTIVE", "ON_HOLD");
    static final BigDecimal ON_TRACK_INDEX = new BigDecimal("0.95");
    static final int AT_RISK_LISTED = 10;

    private PortfolioFigures() {
    }

    static PortfolioKpis.Health health(List<ProjectKpiSummary> projects) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ProjectHealth.Status status : ProjectHealth.Status.values()) {
            byStatus.put(status.name(), 0L);
        }
        long inDelivery = 0;
        for (ProjectKpiSummary project : projects) {
            if (IN_DELIVERY.contains(project.status())) {
                inDelivery++;
                byStatus.merge(project.healthStatus().name(), 1L, Long::sum);
            }
        }
        return new PortfolioKpis.Health(inDelivery, byStatus);
    }

    /** §8's on-time rate over all the projects' milestones: on time / (on time + late). */
    static PortfolioKpis.Milestones milestones(List<ProjectKpiSummary> projects) {
        long onTime = projects.stream().mapToLong(ProjectKpiSummary::milestonesOnTime).sum();
        long late = projects.stream().mapToLong(ProjectKpiSummary::milestonesLate).sum();
        return new PortfolioKpis.Milestones(onTime, late,
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(onTime), BigDecimal.valueOf(onTime + late))));
    }

    /**
     * The share of ACTIVE projects with CPI ≥ 0.95 and SPI ≥ 0.95, among those whose CPI and SPI are both known (a
     * project without time booked or without a plan cannot be judged, and counting it as off track would mislead).
     */
    static PortfolioKpis.CostAndSchedule costAndSchedule(List<ProjectKpiSummary> projects) {
        List<ProjectKpiSummary> active = projects.stream().filter(project -> "ACTIVE".equals(project.status())).toList();
        List<ProjectKpiSummary> judged = active.stream()
                .filter(project -> project.cpi() != null && project.spi() != null).toList();
        long onTrack = judged.stream().filter(project -> project.cpi().compareTo(ON_TRACK_INDEX) >= 0
                && project.spi().compareTo(ON_TRACK_INDEX) >= 0).count();
        return new PortfolioKpis.CostAndSchedule(active.size(), judged.size(), onTrack,
                Decimals.ratio(Decimals.divide(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(judged.size()))));
    }

    /**
     * BAC and AC added up per currency, never across currencies; a project without a budget has no currency of
     * its own and counts in the installation's base currency, the one its time is costed in.
     */
    static List<PortfolioKpis.Budget> budgets(List<ProjectKpiSummary> projects, String baseCurrency) {
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        Map<String, Long> counted = new TreeMap<>();
        for (ProjectKpiSummary project : projects) {
            String currency = project.currency() != null ? project.currency() : baseCurrency;
            BigDecimal[] sums = totals.computeIfAbsent(currency, key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            if (project.bac() != null) {
                sums[0] = sums[0].add(project.bac());
            }
            if (project.ac() != null) {
                sums[1] = sums[1].add(project.ac());
            }
            counted.merge(currency, 1L, Long::sum);
        }
        return totals.entrySet().stream().map(total -> new PortfolioKpis.Budget(total.getKey(),
                counted.get(total.getKey()), Decimals.money(total.getValue()[0]).toPlainString(),
                Decimals.money(total.getValue()[1]).toPlainString())).toList();
    }

    /** §8's CSAT (mean score) and NPS over every response of the projects, not a mean of the projects' figures. */
    static PortfolioKpis.ClientFeedback feedback(List<ProjectKpiSummary> projects) {
        long csatSum = projects.stream().mapToLong(ProjectKpiSummary::csatSum).sum();
        long csatCount = projects.stream().mapToLong(ProjectKpiSummary::csatCount).sum();
        long npsSum = projects.stream().mapToLong(ProjectKpiSummary::npsSum).sum();
        long npsCount = projects.stream().mapToLong(ProjectKpiSummary::npsCount).sum();
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
