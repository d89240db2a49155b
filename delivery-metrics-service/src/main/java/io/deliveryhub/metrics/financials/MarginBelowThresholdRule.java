package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.alert.ProjectAlertRule;
import io.deliveryhub.metrics.kpi.Decimals;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A watched project's margin % at completion (in its currency) is below the threshold (default 0.15); a project
 * without revenue at completion (margin % unknown) raises nothing.
 */
@Singleton
public class MarginBelowThresholdRule implements ProjectAlertRule {

    static final String NAME = "MARGIN_BELOW_THRESHOLD";

    private final WatchedFinancials financials;
    private final BigDecimal threshold;

    public MarginBelowThresholdRule(WatchedFinancials financials,
            @ConfigProperty(name = "deliveryhub.alerts.margin-threshold") BigDecimal threshold) {
        this.financials = financials;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return financials.breachesOn(day, null, this::breach);
    }

    @Override
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds) {
        return financials.breachesOn(day, projectIds, this::breach);
    }

    private Optional<Breach> breach(WatchedFinancials.Watched project) {
        BigDecimal marginPercent = Decimals.ratio(project.figures().marginPercentAtCompletion());
        if (marginPercent == null || marginPercent.compareTo(threshold) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(), "Margin at completion "
                + marginPercent.toPlainString() + " of " + project.key() + " is below " + threshold.toPlainString(),
                marginPercent, threshold));
    }
}
