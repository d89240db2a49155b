package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ClientFeedback;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.kpi.MilestoneSchedule;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the portfolio needs of one project's KPIs on a day: the figures it adds up or compares, and tallies that
 * add up across projects (a portfolio's on-time rate and CSAT/NPS are over all its milestones and responses, not
 * means of the projects' rates).
 *
 * @param status the project's lifecycle status on the day (a past day's from its status history; its status now when
 *        it has none recorded by then)
 * @param csatSum Σ CSAT scores counted; with {@code csatCount} the mean is over all responses
 * @param npsSum Σ of each response's own NPS (100 promoter, 0 passive, −100 detractor)
 * @param factors the health factors; {@code null} when read from a snapshot without them
 */
public record ProjectKpiSummary(UUID projectId, String key, String name, String status, LocalDate asOf,
        String currency, BigDecimal bac, BigDecimal ac, BigDecimal cpi, BigDecimal spi, BigDecimal percentComplete,
        String rag, int healthScore, ProjectHealth.Status healthStatus, int milestonesOnTime, int milestonesLate,
        int csatSum, int csatCount, int npsSum, int npsCount, List<HealthView.Factor> factors) {

    static ProjectKpiSummary of(ProjectFacts facts, LocalDate day) {
        ProjectKpis kpis = ProjectKpiService.compute(facts, day);
        int onTime = 0;
        int late = 0;
        // Each milestone judged alone by the schedule calculator: its rate is 1 on time, 0 late, null neither.
        for (MilestoneFact milestone : facts.milestones()) {
            BigDecimal rate = MilestoneSchedule.asOf(day, List.of(milestone)).onTimeRate();
            if (rate != null && rate.signum() > 0) {
                onTime++;
            } else if (rate != null) {
                late++;
            }
        }
        int csatSum = 0;
        int csatCount = 0;
        int npsSum = 0;
        int npsCount = 0;
        // Each response scored alone by the feedback calculator, so what counts as a response stays its rule.
        for (ClientFeedback.Response response : facts.feedback()) {
            ClientFeedback one = ClientFeedback.asOf(day, List.of(response));
            if (one.csat() != null) {
                csatSum += one.csat().intValue();
                csatCount++;
            }
            if (one.nps() != null) {
                npsSum += one.nps().intValue();
                npsCount++;
            }
        }
        ProjectKpis.EarnedValue earned = kpis.earnedValue();
        return new ProjectKpiSummary(kpis.projectId(), kpis.key(), kpis.name(), facts.project().status, day,
                earned.currency(), decimal(earned.bac()), decimal(earned.ac()), earned.cpi(), earned.spi(),
                earned.percentComplete(), kpis.rag(), kpis.health().score(), kpis.health().status(), onTime, late,
                csatSum, csatCount, npsSum, npsCount, kpis.health().factors());
    }

    /** The same figures of a project that was in another lifecycle status on their day. */
    ProjectKpiSummary withStatus(String statusOnTheDay) {
        return new ProjectKpiSummary(projectId, key, name, statusOnTheDay, asOf, currency, bac, ac, cpi, spi,
                percentComplete, rag, healthScore, healthStatus, milestonesOnTime, milestonesLate, csatSum, csatCount,
                npsSum, npsCount, factors);
    }

    private static BigDecimal decimal(String money) {
        return money == null ? null : new BigDecimal(money);
    }
}
