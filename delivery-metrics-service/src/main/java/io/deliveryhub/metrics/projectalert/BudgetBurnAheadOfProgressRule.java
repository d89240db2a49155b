package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A watched project has burnt at least the threshold of its budget (AC / BAC, default 0.9) while less than the
 * progress threshold of the work is done (percent complete, default 0.8): the money runs out before the work does.
 */
@Singleton
public class BudgetBurnAheadOfProgressRule extends ProjectKpiRule {

    static final String NAME = "BUDGET_BURN_AHEAD_OF_PROGRESS";

    private final BigDecimal threshold;
    private final BigDecimal progressThreshold;

    public BudgetBurnAheadOfProgressRule(WatchedProjects projects,
            @ConfigProperty(name = "deliveryhub.alerts.budget-burn-ahead-of-progress.threshold") BigDecimal threshold,
            @ConfigProperty(name = "deliveryhub.alerts.budget-burn-ahead-of-progress.progress-threshold")
            BigDecimal progressThreshold) {
        super(projects);
        this.threshold = threshold;
        this.progressThreshold = progressThreshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Optional<Breach> breach(ProjectKpis project) {
        BigDecimal burn = project.budgetBurn().ratio();
        BigDecimal complete = project.earnedValue().percentComplete();
        if (!ProjectAlertConditions.burnsAheadOfProgress(burn, complete, threshold, progressThreshold)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(), "Budget burn "
                + burn.toPlainString() + " of " + project.key() + " is at or above " + threshold.toPlainString()
                + " while only " + complete.toPlainString() + " of the work is complete (below "
                + progressThreshold.toPlainString() + ")", burn, threshold));
    }
}
