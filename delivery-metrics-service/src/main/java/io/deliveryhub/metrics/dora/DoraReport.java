package io.deliveryhub.metrics.dora;

import java.math.BigDecimal;

/** The four keys over a window; each is {@code null} with band {@code null} when the window has no data for it. */
public record DoraReport(DeploymentFrequency deploymentFrequency, LeadTime leadTimeForChanges,
        ChangeFailureRate changeFailureRate, RecoveryTime recoveryTime) {

    public record DeploymentFrequency(BigDecimal perWeek, BigDecimal medianDeploymentDaysPerWeek, DoraBand band) {
        static final DeploymentFrequency NO_DATA = new DeploymentFrequency(null, null, null);
    }

    public record LeadTime(BigDecimal medianHours, DoraBand band) {
        static final LeadTime NO_DATA = new LeadTime(null, null);
    }

    public record ChangeFailureRate(BigDecimal rate, DoraBand band) {
        static final ChangeFailureRate NO_DATA = new ChangeFailureRate(null, null);
    }

    public record RecoveryTime(BigDecimal medianHours, DoraBand band) {
        static final RecoveryTime NO_DATA = new RecoveryTime(null, null);
    }
}
