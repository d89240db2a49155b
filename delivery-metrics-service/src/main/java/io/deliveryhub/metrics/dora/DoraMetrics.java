package io.deliveryhub.metrics.dora;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoraMetrics", description = """
        The DORA four keys over [from, to] (dates inclusive, UTC), production deployments only; each metric is null \
        with band null when the window has no data for it. Ratios and hours have 3 decimals.""", example = """
        {"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","service":null,"from":"2026-01-05","to":"2026-04-04",
         "deploymentFrequency":{"perWeek":3.077,"medianDeploymentDaysPerWeek":3.0,"band":"high"},
         "leadTimeForChanges":{"medianHours":18.5,"band":"elite"},
         "changeFailureRate":{"rate":0.075,"band":"high"},
         "recoveryTime":{"medianHours":2.25,"band":"high"}}""")
public record DoraMetrics(
        @Schema(description = "The project, or null for the whole portfolio") UUID projectId,
        @Schema(description = "The service, or null for all") String service,
        LocalDate from,
        LocalDate to,
        DeploymentFrequency deploymentFrequency,
        LeadTime leadTimeForChanges,
        ChangeFailureRate changeFailureRate,
        RecoveryTime recoveryTime) {

    @Schema(name = "DoraDeploymentFrequency", description = """
            perWeek = successful deployments / weeks, the weeks being 7-day blocks from `from` (a partial last block \
            counts); medianDeploymentDaysPerWeek = median over those weeks of the distinct days with a successful \
            deployment. Band: elite when that median ≥ 5; high when ≥ 1; medium when the median over 28-day blocks of \
            deployment days is ≥ 1; else low. Null without any production deployment in the window.""")
    public record DeploymentFrequency(BigDecimal perWeek, BigDecimal medianDeploymentDaysPerWeek,
            @Schema(enumeration = { "elite", "high", "medium", "low" }, nullable = true) String band) {
    }

    @Schema(name = "DoraLeadTime", description = """
            Median over the commits of successful deployments of (deployment finish − commit time), in hours. \
            Band: < 24 h elite, < 7 days high, < 30 days medium, else low.""")
    public record LeadTime(BigDecimal medianHours,
            @Schema(enumeration = { "elite", "high", "medium", "low" }, nullable = true) String band) {
    }

    @Schema(name = "DoraChangeFailureRate", description = """
            Successful deployments linked to at least one incident opened in the window / successful deployments \
            (0–1). An incident links to the deployment it names; otherwise to the latest successful production \
            deployment of the same project and service that finished before it opened. Band: ≤ 5 % elite, \
            ≤ 10 % high, ≤ 15 % medium, else low.""")
    public record ChangeFailureRate(BigDecimal rate,
            @Schema(enumeration = { "elite", "high", "medium", "low" }, nullable = true) String band) {
    }

    @Schema(name = "DoraRecoveryTime", description = """
            Failed-deployment recovery time: for the incidents opened in the window that are resolved (whenever) and \
            linked to a deployment, median of (resolved − that deployment's finish), in hours. Band: < 1 h elite, \
            < 24 h high, < 7 days medium, else low.""")
    public record RecoveryTime(BigDecimal medianHours,
            @Schema(enumeration = { "elite", "high", "medium", "low" }, nullable = true) String band) {
    }

    public static DoraMetrics of(UUID projectId, String service, LocalDate from, LocalDate to, DoraReport report) {
        var frequency = report.deploymentFrequency();
        return new DoraMetrics(projectId, service, from, to,
                new DeploymentFrequency(frequency.perWeek(), frequency.medianDeploymentDaysPerWeek(),
                        label(frequency.band())),
                new LeadTime(report.leadTimeForChanges().medianHours(), label(report.leadTimeForChanges().band())),
                new ChangeFailureRate(report.changeFailureRate().rate(), label(report.changeFailureRate().band())),
                new RecoveryTime(report.recoveryTime().medianHours(), label(report.recoveryTime().band())));
    }

    private static String label(DoraBand band) {
        return band == null ? null : band.label();
    }
}
