package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A watched project's CPI (EV / AC) today is below the threshold (default 0.9); no alert while AC is 0. */
@Singleton
public class CpiBelowThresholdRule extends ProjectKpiRule {

    static final String NAME = "CPI_BELOW_THRESHOLD";

    private final BigDecimal threshold;

    public CpiBelowThresholdRule(WatchedProjects projects,
            @ConfigProperty(name = "deliveryhub.alerts.cpi-below-threshold.threshold") BigDecimal threshold) {
        super(projects);
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Optional<Breach> breach(ProjectKpis project) {
        BigDecimal cpi = project.earnedValue().cpi();
        if (!ProjectAlertConditions.isBelow(cpi, threshold)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(), "CPI " + cpi.toPlainString()
                + " of " + project.key() + " is below " + threshold.toPlainString(), cpi, threshold));
    }
}
