package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.BaselineFact;
import io.deliveryhub.metrics.kpi.ClientFeedback;
import io.deliveryhub.metrics.kpi.CostFact;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.kpi.ProjectPlan;
import io.deliveryhub.metrics.kpi.StatusReportFact;
import io.deliveryhub.metrics.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything stored about one project that its KPIs are computed from, read from the read models as they stand
 * now; the calculators then pick what was true on the day asked about.
 *
 * @param costs time and cost booked per day, without REJECTED entries
 * @param ownPlans the project's own plan version by version (empty when applied before its history was kept)
 */
record ProjectFacts(Project project, List<Baseline> baselines, List<MilestoneFact> milestones,
        List<StatusReportFact> reports, List<Risk> risks, List<ClientFeedback.Response> feedback,
        List<CostFact> costs, List<OwnPlan> ownPlans) {

    /** The project's own planned dates and budget as one of its versions announced them, from the day (UTC) it did. */
    record OwnPlan(long version, LocalDate effectiveOn, LocalDate plannedStart, LocalDate plannedEnd,
            BigDecimal budget) {
    }

    /** A baseline, in force from the day (UTC) it was made. */
    record Baseline(long number, LocalDate effectiveOn, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget,
            String currency, BigDecimal budgetHours) {
    }

    /** A risk with its current status, and the day (UTC) it was raised. */
    record Risk(LocalDate raisedOn, String status, Integer score) {

        /** A risk still to be dealt with (not MITIGATED, RESOLVED or CLOSED). */
        boolean open() {
            return "OPEN".equals(status) || "IN_PROGRESS".equals(status);
        }
    }

    /** The plan the day is measured against: its baselines, and the project's own plan as it stood on the day. */
    ProjectPlan plan(LocalDate day) {
        OwnPlan own = ownPlanOn(day);
        return new ProjectPlan(own.plannedStart(), own.plannedEnd(), own.budget(), baselines.stream()
                .map(baseline -> new BaselineFact(baseline.effectiveOn(), baseline.plannedStart(),
                        baseline.plannedEnd(), baseline.budget())).toList());
    }

    /**
     * The project's own plan on the day: of the newest version announced by then; before the first, that first one;
     * without any version kept, the plan as it stands now.
     */
    OwnPlan ownPlanOn(LocalDate day) {
        Comparator<OwnPlan> byVersion = Comparator.comparingLong(OwnPlan::version);
        return ownPlans.stream().filter(plan -> !plan.effectiveOn().isAfter(day)).max(byVersion)
                .or(() -> ownPlans.stream().min(byVersion))
                .orElse(new OwnPlan(project.version, null, project.plannedStart, project.plannedEnd,
                        project.budgetAmount));
    }

    /** The baseline in force on the day: the latest to take effect by then (of one day's, the highest number). */
    Optional<Baseline> baselineAt(LocalDate day) {
        return baselines.stream().filter(baseline -> !baseline.effectiveOn().isAfter(day))
                .max(Comparator.comparing(Baseline::effectiveOn).thenComparing(Baseline::number));
    }

    String currencyAt(LocalDate day) {
        return baselineAt(day).map(Baseline::currency).filter(currency -> currency != null)
                .orElse(project.budgetCurrency);
    }

    BigDecimal budgetHoursAt(LocalDate day) {
        return baselineAt(day).map(Baseline::budgetHours).orElse(project.budgetHours);
    }

    /** Σ scores of the risks raised by the day that are still open. */
    BigDecimal riskExposure(LocalDate day) {
        return BigDecimal.valueOf(risks.stream()
                .filter(risk -> risk.open() && risk.score() != null && !risk.raisedOn().isAfter(day))
                .mapToLong(Risk::score).sum());
    }

    static LocalDate utcDay(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
