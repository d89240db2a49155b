package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import java.math.BigDecimal;

/**
 * The additive KPI figures of projects that share a lifecycle status, a health status and a currency: one project,
 * or many added up (by the database, for today's snapshots). A portfolio's figures are sums of these, so adding up
 * 5,000 projects never needs 5,000 rows in memory.
 *
 * @param currency the projects' KPI currency; null for projects without a budget
 * @param judged projects whose CPI and SPI are both known
 * @param onTrack of those, the ones with CPI and SPI ≥ {@link #ON_TRACK_INDEX}
 */
public record KpiTally(String status, ProjectHealth.Status healthStatus, String currency, long projects,
        BigDecimal bac, BigDecimal ac, long milestonesOnTime, long milestonesLate, long csatSum, long csatCount,
        long npsSum, long npsCount, long judged, long onTrack) {

    public static final BigDecimal ON_TRACK_INDEX = new BigDecimal("0.95");

    public static KpiTally of(ProjectKpiSummary project) {
        boolean judged = project.cpi() != null && project.spi() != null;
        boolean onTrack = judged && project.cpi().compareTo(ON_TRACK_INDEX) >= 0
                && project.spi().compareTo(ON_TRACK_INDEX) >= 0;
        return new KpiTally(project.status(), project.healthStatus(), project.currency(), 1,
                project.bac() == null ? BigDecimal.ZERO : project.bac(),
                project.ac() == null ? BigDecimal.ZERO : project.ac(), project.milestonesOnTime(),
                project.milestonesLate(), project.csatSum(), project.csatCount(), project.npsSum(), project.npsCount(),
                judged ? 1 : 0, onTrack ? 1 : 0);
    }
}
